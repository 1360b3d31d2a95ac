def log = new File(basedir, 'build.log').text
assert !log.contains('{{')
assert log.contains('BUILD FAILURE')
assert log.contains('Candor found 1 finding at or above high (candor.failOn)')
assert log.contains('  [high] ungated-tracking-tag: Google Analytics in src/main/resources/templates/layout.html at src/main/resources/templates/layout.html:4:3')
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/candor-sources/report.sarif'))
def loc = sarif.runs[0].results[0].locations[0].physicalLocation
assert loc.artifactLocation.uri == 'src/main/resources/templates/layout.html'
assert loc.region.startLine == 4 && loc.region.startColumn == 3

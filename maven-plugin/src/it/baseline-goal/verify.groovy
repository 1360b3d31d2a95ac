def log = new File(basedir, 'build.log').text
assert !log.contains('{{')
assert log.contains('BUILD SUCCESS')
assert log.contains('Candor: baseline written to')
def b = new groovy.json.JsonSlurper().parse(new File(basedir, 'candor-baseline.json'))
assert b.candorBaseline == 1
assert b.findings*.ruleId == ['ungated-tracking-tag']
assert b.findings[0].fingerprint ==~ /[0-9a-f]{16}/

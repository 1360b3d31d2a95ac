def log = new File(basedir, 'build.log').text
assert !log.contains('{{')
assert log.contains('BUILD FAILURE')
assert log.contains('Candor found 1 finding at or above high (candor.failOn); 1 in the baseline (not counted)')
assert log.contains('  [high] ungated-tracking-tag: Meta Pixel in dist/landing.html at dist/landing.html:3:1 [new since the baseline]')
assert !log.contains('[high] ungated-tracking-tag: Google Analytics')

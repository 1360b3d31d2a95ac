def log = new File(basedir, 'build.log').text
assert !log.contains('{{')
assert log.contains('BUILD FAILURE')
assert log =~ /\[WARNING\] Candor: suppression entry 1 \(line 3, ungated-tracking-tag\) in .*candor-suppressions.json expired on 2020-01-31 and no longer suppresses/
assert log.contains('  [high] ungated-tracking-tag: Google Analytics in public/index.html')

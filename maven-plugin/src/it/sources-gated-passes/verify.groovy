def log = new File(basedir, 'build.log').text
assert !log.contains('{{')
assert log.contains('BUILD SUCCESS')
assert log.contains('Candor source scan passed: 0 findings')
assert new File(basedir, 'target/candor-sources/sources.json').text.contains('"gatedBy"')

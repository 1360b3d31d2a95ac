def log = new File(basedir, 'build.log').text
assert !log.contains('{{')
assert log.contains('Candor audit skipped (candor.skip=true)')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/candor').exists()

def log = new File(basedir, 'build.log').text
assert !log.contains('{{')
assert log.contains('BUILD FAILURE')
assert log.contains('Candor audit incomplete: ')
assert log.contains('start page unreachable')
assert log =~ /the evidence recorded so far is in .*record\.json/
assert !log.contains('Candor found')
assert !log.contains('--timeout') && !log.contains('--insecure')
assert log.contains('MojoExecutionException')
assert new File(basedir, 'target/candor/record.json').isFile()

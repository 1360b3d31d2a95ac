def log = new File(basedir, 'build.log').text
assert log.contains("candor.url 'not a url' is not a valid URL; give one like https://www.example.com/")
assert !log.contains('{{')
assert !log.contains('not wired')
assert log.contains('BUILD FAILURE')

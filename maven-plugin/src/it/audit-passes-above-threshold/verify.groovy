try {
    def log = new File(basedir, 'build.log').text
assert !log.contains('{{')
    assert log.contains('BUILD SUCCESS')
    assert log =~ /Candor audit passed: \d+ findings?, none failing at or above high; report: .*report\.html/
    def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/candor/report.json'))
    assert report.complete
    assert report.findings.every { it.severity in ['medium', 'low', 'info'] }
    assert report.findings*.ruleId.contains('insecure-cookie')
} finally {
    dev.candor.maven.ItSites.stop(basedir)
}

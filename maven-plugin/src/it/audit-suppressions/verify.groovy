try {
    def log = new File(basedir, 'build.log').text
assert !log.contains('{{')
    assert log.contains('BUILD SUCCESS')
    assert log =~ /Candor audit passed: \d+ findings, none failing at or above high; \d+ suppressed \(not counted\)/
    def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/candor/report.json'))
    def suppressed = report.findings.findAll { it.triage?.suppression != null }
    assert suppressed*.ruleId.toSet() == ['tracking-after-reject', 'tracking-before-consent', 'storage-before-consent', 'policy-claim-contradicted'] as Set
    assert suppressed.every { it.triage.suppression.reason.startsWith('IT:') }
    assert new File(basedir, 'target/candor/report.html').text.contains('Suppressed by')
} finally {
    dev.candor.maven.ItSites.stop(basedir)
}

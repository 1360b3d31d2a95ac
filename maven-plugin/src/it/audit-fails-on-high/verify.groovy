try {
    def log = new File(basedir, 'build.log').text
assert !log.contains('{{')
    assert log.contains('BUILD FAILURE')
    assert log =~ /Candor found \d+ findings at or above high \(candor.failOn\); report: .*report\.html/
    assert log.contains('  [critical] tracking-after-reject: Hotjar (after-reject) on https://www.kaffeebohne-shop.de/')
    assert log.contains('  [high] tracking-before-consent: Hotjar (before-consent)')
    assert !log.contains('[medium]')
    assert !log.contains('Candor audit incomplete')
    assert new File(basedir, 'target/candor/record.json').isFile()
    assert new File(basedir, 'target/candor/report.sarif').isFile()
    assert new File(basedir, 'target/candor/report.html').isFile()
} finally {
    dev.candor.maven.ItSites.stop(basedir)
}

dev.candor.maven.ItSites.startDemo(basedir)

dev.candor.maven.ItSites.startOwn(basedir)

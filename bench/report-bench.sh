#!/usr/bin/env bash
# Warm render time of report.sarif, report.junit.xml, report.md and cookies.csv for a 50-page, 3-phase audit
# with ~2,000 requests, ~150 cookies and ~100 findings (median of 30 runs after 10 warm-up).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl model,report -am install -DskipTests
mvn -B -q -pl report dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
mvn -B -q -pl report test-compile
exec java -Dcandor.root=. -cp "report/target/test-classes:report/target/classes:$(cat report/target/bench.cp)" \
  dev.candor.report.RenderBenchmark

#!/usr/bin/env bash
# candor batch over 20 local sites (16 fixture sites of the integration tests and 4 generated shops,
# up to 3 pages each, BENCH_OPTS=-Dbench.maxPages=N to change) with --parallel 1 and 2 (or the values given):
# wall time, sites per minute and peak PSS/RSS of the whole process tree (issue 10).
# Usage: bench/scale-bench.sh [1 2]; JVM options in CANDOR_JAVA_OPTS, -D properties in BENCH_OPTS.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl scanner-core -am install -DskipTests
mvn -B -q -pl scanner-core dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
mvn -B -q -pl scanner-core test-compile
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
# the JVM options of ./candor (jvm.options), so that the memory figures are the launcher's
exec java ${CANDOR_JAVA_OPTS:-@jvm.options} ${BENCH_OPTS:-} -cp "scanner-core/target/test-classes:scanner-core/target/classes:$(cat scanner-core/target/bench.cp)" \
  dev.candor.bench.ScaleBenchmark "$@"

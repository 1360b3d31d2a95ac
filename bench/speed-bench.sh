#!/usr/bin/env bash
# Candor against the raw-Chromium floor on generated local sites (default 1, 10 and 50 pages):
# wall times, ratio, pages per second, peak RSS/PSS of the process tree, and Candor's time by step.
# Issue 10's goals: within 2x of the floor at 10 pages, within 3x at 1 page, peak under 1 GiB at 10.
# JVM options in CANDOR_JAVA_OPTS (default: those of ./candor), the benchmark's own -D properties in BENCH_OPTS.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl scanner-core -am install -DskipTests
mvn -B -q -pl scanner-core dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
mvn -B -q -pl scanner-core test-compile
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
# the JVM options of ./candor (jvm.options), so that the memory figures are the launcher's
exec java ${CANDOR_JAVA_OPTS:-@jvm.options} ${BENCH_OPTS:-} -cp "scanner-core/target/test-classes:scanner-core/target/classes:$(cat scanner-core/target/bench.cp)" \
  dev.candor.scan.browser.SpeedBenchmark "$@"

#!/usr/bin/env bash
# Warm evaluation time of a 50-page, 3-phase audit with 2,000 requests (median of 30 runs after 10 warm-up).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl model,rules -am install -DskipTests
mvn -B -q -pl rules dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
mvn -B -q -pl rules test-compile
exec java -cp "rules/target/test-classes:rules/target/classes:$(cat rules/target/bench.cp)" \
  dev.candor.rules.EvaluationBenchmark

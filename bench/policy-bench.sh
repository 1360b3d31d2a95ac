#!/usr/bin/env bash
# Warm read time of the policy reader on a ~20-page policy (median of 20 runs after 5 warm-up, against the
# 200 ms goal), then single reads of 148 KB, 1 MB and 5 MB inputs to show reading stays linear and bounded.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl model,rules -am install -DskipTests
mvn -B -q -pl rules dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
mvn -B -q -pl rules test-compile
exec java -cp "rules/target/test-classes:rules/target/classes:$(cat rules/target/bench.cp)" \
  dev.candor.rules.policy.PolicyReaderBenchmark

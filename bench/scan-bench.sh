#!/usr/bin/env bash
# Prints wall time, pages per second and peak memory (PSS and RSS summed over the JVM and every
# Chromium process) for audits of generated local sites. Usage: bench/scan-bench.sh [5 20 50]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -B -q -DskipTests install -pl scanner-core -am
mvn -B -q -pl scanner-core dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
exec java -cp "scanner-core/target/test-classes:scanner-core/target/classes:$(cat scanner-core/target/bench.cp)" \
  dev.candor.bench.ScanBenchmark "$@"

/** Benchmarks that print figures (never timed assertions): run them with {@code bench/scan-bench.sh}. */
package dev.candor.bench;

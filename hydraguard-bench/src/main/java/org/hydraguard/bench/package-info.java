/**
 * JMH benchmarks of the hot paths: parsing an exchange line, extracting its signals, and the
 * engine's per-exchange step; and the service's ingest path (the request body parser and the journal
 * append into an embedded store). Input is simulated at setup (the quickstart scenario, built-in text
 * generator, or a corpus named by {@code -Dhydraguard.corpus=DIR}), so the benchmarks need nothing
 * outside the repository. Run: {@code java -jar hydraguard-bench/target/benchmarks.jar}.
 */
package org.hydraguard.bench;

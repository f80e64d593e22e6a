/**
 * {@code scripts/bench}: the capture benchmark. {@link org.refkeeper.bench.Bench} serves a generated corpus
 * ({@link org.refkeeper.bench.Corpus}) from 127.0.0.1 and runs each measured phase in a fresh JVM (a plain
 * Playwright loop, refkeeper's runs through {@link org.refkeeper.Archive}), sampling the JVM, Playwright's driver
 * and every Chromium process from /proc. Uses only refkeeper's public API, so that it measures any engine behind it.
 * Writes nothing outside {@code target/bench}.
 */
package org.refkeeper.bench;

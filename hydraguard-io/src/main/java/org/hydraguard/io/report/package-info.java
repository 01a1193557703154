/**
 * The analysis report: {@link org.hydraguard.io.report.HtmlReport} renders
 * {@link org.hydraguard.io.report.ReportData} as one self-contained HTML file (inline CSS and SVG,
 * no scripts, fonts or links), and {@link org.hydraguard.io.report.DailyActivity} collects the daily
 * counts the campaign charts need during the single pass over the input.
 *
 * <p>Invariants: every string that may come from input (ids, evidence, names) is escaped by
 * {@code Html}; only the renderer's own constant markup is written raw. Output depends only on the
 * data (campaigns ordered by score, then id), so equal inputs give equal files.
 */
package org.hydraguard.io.report;

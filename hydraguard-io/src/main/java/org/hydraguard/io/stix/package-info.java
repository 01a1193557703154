/**
 * STIX 2.1 in and out: {@link org.hydraguard.io.stix.StixExport} turns a campaign and the attribute
 * values its accounts share into a bundle of indicators, and {@link org.hydraguard.io.stix.StixImport}
 * reads the indicators of a bundle back into contract {@link org.hydraguard.core.model.Indicator}s.
 *
 * <p>Invariants: export is a pure function of its input. Object ids are UUIDv5 over their content in a
 * fixed namespace and {@code created}/{@code modified} come from the campaign's {@code last_seen}, never
 * the wall clock, so exporting the same campaign twice gives the same bytes. Import never throws on
 * indicators it does not understand: they are reported as skipped with the reason; only input that is
 * not a JSON bundle at all is an {@link org.hydraguard.io.stix.InvalidStixException}. Export then
 * import gives back the indicators exported.
 */
package org.hydraguard.io.stix;

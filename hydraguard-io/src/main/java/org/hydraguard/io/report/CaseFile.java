package org.hydraguard.io.report;

import java.time.Instant;
import java.util.List;
import org.hydraguard.core.model.Exchange;

/**
 * Everything a case report shows: the campaign (with its daily activity), where its case stands, the
 * notes and audit trail, and sample exchanges. Every string may come from input (prompts are written
 * by attackers) and is escaped when rendered.
 *
 * @param status {@code open}, {@code confirmed} or {@code dismissed}; {@code null} when no case was opened
 */
public record CaseFile(ReportData.CampaignView campaign, String status, String openedBy, Instant openedAt,
        String closedBy, Instant closedAt, List<Line> notes, List<Line> audit, List<Exchange> samples) {

    public CaseFile {
        if (campaign == null) {
            throw new IllegalArgumentException("a case file needs its campaign");
        }
        notes = notes == null ? List.of() : List.copyOf(notes);
        audit = audit == null ? List.of() : List.copyOf(audit);
        samples = samples == null ? List.of() : List.copyOf(samples);
    }

    /** One note or audit entry: who, when, what ({@code action} is null for notes), and the text. */
    public record Line(String who, Instant at, String action, String text) {
        public Line {
            if (who == null || at == null) {
                throw new IllegalArgumentException("a case line needs who and when, got " + who + " at " + at);
            }
            text = text == null ? "" : text;
        }
    }
}

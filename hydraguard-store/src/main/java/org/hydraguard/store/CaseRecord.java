package org.hydraguard.store;

import java.time.Instant;
import java.util.List;

/**
 * An investigator's case on one campaign: opened by someone, then confirmed or dismissed by someone
 * ({@code closedBy}/{@code closedAt} are {@code null} while it is open), with its notes in the order
 * written. Every change to it is in the audit trail under {@link #auditSubject()}.
 */
public record CaseRecord(long caseId, String campaignId, CaseStatus status, String openedBy, Instant openedAt,
        String closedBy, Instant closedAt, List<CaseNote> notes) {

    public CaseRecord {
        Checks.text(campaignId, "campaignId");
        if (status == null) {
            throw new IllegalArgumentException("case status is missing");
        }
        Checks.text(openedBy, "openedBy");
        Checks.time(openedAt, "openedAt");
        if ((status == CaseStatus.OPEN) != (closedBy == null) || (closedBy == null) != (closedAt == null)) {
            throw new IllegalArgumentException("case " + caseId + " is " + status + " but closedBy=" + closedBy
                    + ", closedAt=" + closedAt + "; expected both set exactly when the case is closed");
        }
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** The audit subject of the case's campaign, as {@link Store#auditTrail(String)} takes it. */
    public String auditSubject() {
        return subjectOf(campaignId);
    }

    static String subjectOf(String campaignId) {
        return "campaign:" + campaignId;
    }
}

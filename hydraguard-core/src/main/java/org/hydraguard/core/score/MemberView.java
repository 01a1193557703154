package org.hydraguard.core.score;

import org.hydraguard.core.profile.SubjectProfile;

/** What the scorer may read about a group's members; implemented by the engine over its state. */
public interface MemberView {
    SubjectProfile subject(int index);

    /**
     * The earliest time from which an account's first exchange says it just became active (bought or
     * dormant, woken then): a while after the engine's first exchange, since every account already
     * active when the engine started is first seen then; Long.MAX_VALUE before any exchange.
     */
    long newlyActiveFromMs();

    /** Share of the subject's traffic in the templates of the campaign rooted at {@code root}. */
    double share(SubjectProfile subject, long root);

    /** Whether the subject has joined a cohort of the campaign rooted at {@code root}. */
    boolean inCampaign(int subjectIndex, long root);
}

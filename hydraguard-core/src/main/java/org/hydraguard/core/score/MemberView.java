package org.hydraguard.core.score;

import org.hydraguard.core.profile.SubjectProfile;

/** What the scorer may read about a group's members; implemented by the engine over its state. */
public interface MemberView {
    SubjectProfile subject(int index);

    /** Event time of the earliest exchange the engine has seen (Long.MAX_VALUE before any). */
    long streamStartMs();

    /** Share of the subject's traffic in the templates of the campaign rooted at {@code root}. */
    double share(SubjectProfile subject, long root);

    /** Whether the subject has joined a cohort of the campaign rooted at {@code root}. */
    boolean inCampaign(int subjectIndex, long root);
}

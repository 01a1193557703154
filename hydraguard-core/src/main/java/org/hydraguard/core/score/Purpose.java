package org.hydraguard.core.score;

import org.hydraguard.core.link.Cohort;
import org.hydraguard.core.profile.SubjectProfile;

/**
 * How distillation-like traffic is, 0-1, from what it asks for and never from who sends it:
 * reasoning elicitation, graded-task likeness, pushing for long outputs, targeting of the capability
 * areas distillers want (SWE, agentic, long-horizon, math), single-turn dominance, breadth (distillers
 * rarely repeat an item; evaluation harnesses re-run the same ones) and chasing a newly released model.
 */
public final class Purpose {
    static final double W_REASONING = 0.25;
    static final double W_TASK = 0.20;
    static final double W_OUTPUT = 0.15;
    static final double W_CAPABILITY = 0.15;
    static final double W_SINGLE_TURN = 0.10;
    static final double W_BREADTH = 0.15;
    static final double W_NEW_MODEL = 0.10;

    private Purpose() {}

    public static double of(double reasoning, double task, double output, double capability, double singleTurn,
                            double repeatShare, double newModelShare) {
        double p = W_REASONING * reasoning + W_TASK * task + W_OUTPUT * output + W_CAPABILITY * capability
                + W_SINGLE_TURN * singleTurn + W_BREADTH * (1 - Math.min(1, 2 * repeatShare))
                + W_NEW_MODEL * newModelShare;
        return Math.max(0, Math.min(1, p));
    }

    /** A single subject's purpose over all its traffic. */
    public static double ofSubject(SubjectProfile p) {
        return of(p.reasoning(), p.taskLikeness(), p.outputSeeking(), p.targetedCapabilityShare(),
                p.singleTurnShare(), p.repeatShare(), p.newModelShare());
    }

    /** A template's purpose over its own exchanges, with its members' repetition and model chasing. */
    public static double ofCohort(Cohort c, double memberRepeatShare, double memberNewModelShare) {
        return of(c.reasoning(), c.taskLikeness(), c.outputSeeking(), c.targetedCapabilityShare(),
                c.singleTurnShare(), memberRepeatShare, memberNewModelShare);
    }
}

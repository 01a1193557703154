package org.hydraguard.core.policy;

import java.util.ArrayList;
import java.util.List;
import org.hydraguard.core.model.Action;

/**
 * What the engine does with what it finds: action thresholds, allowlists, shadow mode, how long
 * actions last, and the detection tuning. A plain record tree so that configuration readers (YAML,
 * HTTP) can build one without touching the engine.
 *
 * <p>Shadow mode computes everything but never restricts: a subject that would be throttled,
 * challenged or blocked is monitored instead, and its reasons name the action it would have had.
 */
public record Policy(ActionThresholds thresholds, Allowlist allowlist, boolean shadowMode, Expiry expiry,
                     Detection detection) {

    public Policy {
        if (thresholds == null || allowlist == null || expiry == null || detection == null) {
            throw new IllegalArgumentException("policy needs thresholds, allowlist, expiry and detection; "
                    + "use Policy.defaults() and replace the parts you change");
        }
    }

    public static Policy defaults() {
        return new Policy(ActionThresholds.defaults(), Allowlist.empty(), false, Expiry.defaults(), Detection.defaults());
    }

    public Policy withShadowMode(boolean shadow) {
        return new Policy(thresholds, allowlist, shadow, expiry, detection);
    }

    public Policy withAllowlist(Allowlist list) {
        return new Policy(thresholds, list, shadowMode, expiry, detection);
    }

    public Policy withExpiry(Expiry e) {
        return new Policy(thresholds, allowlist, shadowMode, e, detection);
    }

    public Policy withThresholds(ActionThresholds t) {
        return new Policy(t, allowlist, shadowMode, expiry, detection);
    }

    public Policy withDetection(Detection d) {
        return new Policy(thresholds, allowlist, shadowMode, expiry, d);
    }

    /**
     * The action enforced for a subject with this score, and the reasons to add: applies allowlist
     * and shadow mode to the action the thresholds give.
     */
    public Verdict verdict(double score, String accountId, String orgId) {
        Action wanted = thresholds.actionFor(score);
        List<String> notes = new ArrayList<>(1);
        Action enforced = wanted;
        if (wanted.restricts() && allowlist.allows(accountId, orgId)) {
            enforced = Action.MONITOR;
            notes.add("allowlisted: would have been " + wanted.wireName());
        } else if (wanted.restricts() && shadowMode) {
            enforced = Action.MONITOR;
            notes.add("shadow mode: would have been " + wanted.wireName());
        }
        return new Verdict(enforced, wanted, notes);
    }

    /** The outcome of applying a policy to one score. */
    public record Verdict(Action action, Action wouldBe, List<String> notes) {
        public Verdict {
            notes = List.copyOf(notes);
        }
    }
}

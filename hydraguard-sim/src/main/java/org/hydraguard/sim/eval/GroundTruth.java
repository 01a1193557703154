package org.hydraguard.sim.eval;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hydraguard.core.model.Label;

/**
 * The labels of a run: which actor every labelled subject belongs to.
 *
 * <p>An end user without a label of its own takes its account's label. A reseller's account is
 * labelled benign, so its unlabelled end users are benign; a fraudulent account's own sub-tenant ids
 * stay with the campaign. A subject nobody labelled at all is benign.
 */
public final class GroundTruth {
    private final Map<Subject, String> actors;

    private GroundTruth(Map<Subject, String> actors) {
        this.actors = actors;
    }

    /**
     * @throws IllegalArgumentException if one subject is labelled twice with different actors
     */
    public static GroundTruth of(List<Label> labels) {
        Map<Subject, String> actors = new HashMap<>();
        for (Label label : labels) {
            Subject subject = new Subject(label.accountId(), label.endUserId());
            String before = actors.putIfAbsent(subject, label.actor());
            if (before != null && !before.equals(label.actor())) {
                throw new IllegalArgumentException("subject " + subject + " is labelled both '" + before
                        + "' and '" + label.actor() + "'; a subject has one true actor");
            }
        }
        return new GroundTruth(actors);
    }

    /** The true actor of a subject, {@link Label#BENIGN} for honest ones. */
    public String actorOf(Subject subject) {
        String own = actors.get(subject);
        if (own != null) {
            return own;
        }
        if (subject.isEndUser()) {
            String account = actors.get(subject.account());
            if (account != null) {
                return account;
            }
        }
        return Label.BENIGN;
    }

    public String actorOf(String accountId, String endUserId) {
        return actorOf(new Subject(accountId, endUserId));
    }

    public boolean isLabelled(Subject subject) {
        return actors.containsKey(subject);
    }

    public Set<Subject> labelledSubjects() {
        return Collections.unmodifiableSet(actors.keySet());
    }

    /** The actors other than benign, sorted. */
    public Set<String> campaignActors() {
        Set<String> out = new TreeSet<>(actors.values());
        out.remove(Label.BENIGN);
        return out;
    }
}

package org.hydraguard.sim.eval;

import java.time.Duration;
import java.util.Locale;

/** Renders an {@link EvaluationResult} as a plain-text table for a terminal. */
public final class EvaluationTable {
    private EvaluationTable() {}

    public static String render(EvaluationResult r) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-22s %-24s %8s %8s %7s %11s %11s %7s %12s%n",
                "campaign", "name", "accounts", "actioned", "recall", "exchanges", "before act.", "share",
                "first flag"));
        for (CampaignOutcome c : r.campaigns()) {
            out.append(String.format(Locale.ROOT, "%-22s %-24s %8d %8d %7s %11d %11d %7s %12s%n",
                    cut(c.actor(), 22), cut(c.name() == null ? "" : c.name(), 24), c.subjects(), c.subjectsActioned(),
                    percent(c.recall()), c.exchanges(), c.exchangesBeforeAction(), percent(c.shareBeforeAction()),
                    delay(c.firstFlagDelay())));
        }
        for (CampaignOutcome c : r.campaigns()) {
            if (c.silentSubjects() > 0) {
                out.append(String.format(Locale.ROOT, "  %s: %d of its accounts sent no exchange (%d of them actioned); "
                        + "recall of the others %s%n", c.actor(), c.silentSubjects(), c.silentActioned(), percent(c.activeRecall())));
            }
        }
        out.append('\n');
        line(out, "actioned at", r.actionedAt().wireName() + " or stronger");
        line(out, "detected campaigns", Long.toString(r.detectedCampaigns()));
        line(out, "actioned subjects", r.actionedSubjects() + " (" + r.actionedInCampaigns() + " in campaigns)");
        line(out, "precision", percent(r.precision()));
        line(out, "honest actioned", r.honestActioned() + " of " + r.benignSubjects() + " benign ("
                + percent(r.honestRate()) + "; " + r.honestActionedAccounts() + " accounts, "
                + r.honestActionedNow() + " still actioned, " + r.honestExchangesAfterAction() + " exchanges after action)");
        line(out, "adjusted Rand index", number(r.adjustedRandIndex()));
        line(out, "cluster purity", percent(r.purity()));
        DecisionChurn c = r.churn();
        line(out, "decision churn", c.decisions() + " decisions for " + c.subjects() + " subjects; at most "
                + c.busiestSubjectDay() + " for one subject in a day; " + c.churningSubjects() + " subjects changed more than "
                + DecisionChurn.LIMIT_PER_DAY + " times in a day");
        line(out, "exchanges", Long.toString(r.exchanges()));
        if (r.run() != null) {
            line(out, "run time", String.format(Locale.ROOT, "%.1f s, %.0f exchanges/s",
                    r.run().wallSeconds(), r.run().exchangesPerSecond()));
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String name, String value) {
        out.append(String.format(Locale.ROOT, "%-21s %s%n", name + ":", value));
    }

    static String percent(double share) {
        return Double.isNaN(share) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.4f", value);
    }

    static String delay(Duration d) {
        if (d == null) {
            return "never";
        }
        long s = d.getSeconds();
        if (s < 3600) {
            return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
        }
        if (s < 86_400) {
            return String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60);
        }
        return String.format(Locale.ROOT, "%dd%02dh", s / 86_400, (s % 86_400) / 3600);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}

package org.hydraguard.sim.eval;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Writes evaluation.json. Field names are snake_case like the rest of the contract; a share whose
 * denominator was empty, and a time that never happened, are {@code null}.
 */
public final class EvaluationJson {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private EvaluationJson() {}

    public static void write(EvaluationResult r, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
                JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8).useDefaultPrettyPrinter()) {
            write(r, g);
        }
    }

    static void write(EvaluationResult r, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("actioned_at", r.actionedAt().wireName());
        g.writeNumberField("labelled_subjects", r.labelledSubjects());
        g.writeNumberField("detected_campaigns", r.detectedCampaigns());
        g.writeNumberField("actioned_subjects", r.actionedSubjects());
        g.writeNumberField("actioned_in_campaigns", r.actionedInCampaigns());
        share(g, "precision", r.precision());
        g.writeObjectFieldStart("honest_actioned");
        g.writeNumberField("count", r.honestActioned());
        g.writeNumberField("accounts", r.honestActionedAccounts());
        g.writeNumberField("still_actioned", r.honestActionedNow());
        g.writeNumberField("benign_subjects", r.benignSubjects());
        share(g, "rate", r.honestRate());
        g.writeNumberField("exchanges_after_action", r.honestExchangesAfterAction());
        g.writeEndObject();
        share(g, "adjusted_rand_index", r.adjustedRandIndex());
        share(g, "purity", r.purity());
        g.writeNumberField("exchanges", r.exchanges());
        g.writeObjectFieldStart("decision_churn");
        g.writeNumberField("decisions", r.churn().decisions());
        g.writeNumberField("subjects", r.churn().subjects());
        g.writeNumberField("busiest_subject_day", r.churn().busiestSubjectDay());
        g.writeNumberField("churning_subjects", r.churn().churningSubjects());
        g.writeNumberField("limit_per_day", DecisionChurn.LIMIT_PER_DAY);
        g.writeEndObject();
        g.writeArrayFieldStart("campaigns");
        for (CampaignOutcome c : r.campaigns()) {
            campaign(g, c);
        }
        g.writeEndArray();
        g.writeFieldName("run");
        if (r.run() == null) {
            g.writeNull();
        } else {
            g.writeStartObject();
            g.writeNumberField("exchanges", r.run().exchanges());
            g.writeNumberField("wall_seconds", r.run().wallSeconds());
            g.writeNumberField("exchanges_per_second", r.run().exchangesPerSecond());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void campaign(JsonGenerator g, CampaignOutcome c) throws IOException {
        g.writeStartObject();
        g.writeStringField("actor", c.actor());
        g.writeStringField("name", c.name());
        g.writeNumberField("accounts", c.subjects());
        g.writeNumberField("accounts_actioned", c.subjectsActioned());
        share(g, "recall", c.recall());
        g.writeNumberField("silent_accounts", c.silentSubjects());
        share(g, "recall_of_active", c.activeRecall());
        g.writeNumberField("exchanges", c.exchanges());
        g.writeNumberField("exchanges_before_action", c.exchangesBeforeAction());
        share(g, "share_before_action", c.shareBeforeAction());
        g.writeNumberField("exchanges_before_first_flag", c.exchangesBeforeFirstFlag());
        time(g, "first_seen", c.firstSeen());
        time(g, "first_flagged", c.firstFlagged());
        Duration delay = c.firstFlagDelay();
        g.writeFieldName("first_flag_delay_seconds");
        if (delay == null) {
            g.writeNull();
        } else {
            g.writeNumber(delay.toMillis() / 1000.0);
        }
        g.writeStringField("best_match", c.bestMatch());
        share(g, "best_match_precision", c.bestMatchPrecision());
        g.writeEndObject();
    }

    private static void share(JsonGenerator g, String name, double value) throws IOException {
        g.writeFieldName(name);
        if (Double.isNaN(value)) {
            g.writeNull();
        } else {
            g.writeNumber(value);
        }
    }

    private static void time(JsonGenerator g, String name, Instant t) throws IOException {
        g.writeStringField(name, t == null ? null : t.toString());
    }
}

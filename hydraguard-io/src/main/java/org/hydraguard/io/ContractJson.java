package org.hydraguard.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hydraguard.core.model.Account;
import org.hydraguard.core.model.Attribution;
import org.hydraguard.core.model.Campaign;
import org.hydraguard.core.model.Decision;
import org.hydraguard.core.model.EndUserRef;
import org.hydraguard.core.model.Evidence;
import org.hydraguard.core.model.Exchange;
import org.hydraguard.core.model.Indicator;
import org.hydraguard.core.model.Label;

/**
 * One contract record as one JSON object, with the contract's snake_case field names in contract
 * order. Optional fields that are {@code null} are omitted (as are empty optional lists); a
 * campaign's {@code attribution} is written as {@code null} when absent, as the contract spells it.
 * Times are written by {@link Timestamps#format(Instant)}. Map keys are sorted so that equal records
 * give equal bytes. The {@code write} methods add no newline; that is the caller's framing.
 */
public final class ContractJson {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private ContractJson() {}

    public static void write(JsonGenerator g, Exchange e) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", e.id());
        time(g, "ts", e.ts());
        g.writeStringField("account_id", e.accountId());
        opt(g, "org_id", e.orgId());
        opt(g, "api_key_id", e.apiKeyId());
        opt(g, "end_user_id", e.endUserId());
        g.writeStringField("ip", e.ip());
        opt(g, "asn", e.asn());
        opt(g, "country", e.country());
        opt(g, "proxy_type", e.proxyType());
        opt(g, "user_agent", e.userAgent());
        opt(g, "tls_fp", e.tlsFp());
        g.writeStringField("api", e.api());
        g.writeStringField("model", e.model());
        opt(g, "prompt", e.prompt());
        opt(g, "system", e.system());
        g.writeNumberField("turns", e.turns());
        opt(g, "conversation_id", e.conversationId());
        opt(g, "tools", e.tools());
        opt(g, "max_tokens", e.maxTokens());
        if (e.temperature() != null) {
            g.writeNumberField("temperature", e.temperature());
        }
        opt(g, "stream", e.stream());
        opt(g, "thinking", e.thinking());
        g.writeNumberField("status", e.status());
        g.writeNumberField("input_tokens", e.inputTokens());
        g.writeNumberField("output_tokens", e.outputTokens());
        opt(g, "latency_ms", e.latencyMs());
        opt(g, "stop_reason", e.stopReason());
        opt(g, "response", e.response());
        g.writeEndObject();
    }

    public static void write(JsonGenerator g, Account a) throws IOException {
        g.writeStartObject();
        g.writeStringField("account_id", a.accountId());
        time(g, "created_at", a.createdAt());
        opt(g, "org_id", a.orgId());
        opt(g, "email_domain", a.emailDomain());
        opt(g, "payment_fp", a.paymentFp());
        opt(g, "signup_ip", a.signupIp());
        opt(g, "signup_country", a.signupCountry());
        opt(g, "tier", a.tier());
        if (!a.programs().isEmpty()) {
            strings(g, "programs", a.programs());
        }
        opt(g, "verified", a.verified());
        opt(g, "display_name", a.displayName());
        g.writeEndObject();
    }

    public static void write(JsonGenerator g, Label l) throws IOException {
        g.writeStartObject();
        g.writeStringField("account_id", l.accountId());
        opt(g, "end_user_id", l.endUserId());
        g.writeStringField("actor", l.actor());
        g.writeEndObject();
    }

    public static void write(JsonGenerator g, Indicator i) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", i.type().wireName());
        g.writeStringField("value", i.value());
        g.writeStringField("actor", i.actor());
        opt(g, "confidence", i.confidence());
        opt(g, "source", i.source());
        if (i.validFrom() != null) {
            time(g, "valid_from", i.validFrom());
        }
        if (i.validUntil() != null) {
            time(g, "valid_until", i.validUntil());
        }
        g.writeEndObject();
    }

    public static void write(JsonGenerator g, Campaign c) throws IOException {
        g.writeStartObject();
        g.writeStringField("campaign_id", c.campaignId());
        strings(g, "accounts", c.accounts());
        g.writeNumberField("account_count", c.accountCount());
        g.writeNumberField("exchanges", c.exchanges());
        g.writeNumberField("input_tokens", c.inputTokens());
        g.writeNumberField("output_tokens", c.outputTokens());
        time(g, "first_seen", c.firstSeen());
        time(g, "last_seen", c.lastSeen());
        g.writeObjectFieldStart("capabilities");
        for (Map.Entry<String, Double> share : new TreeMap<>(c.capabilities()).entrySet()) {
            g.writeNumberField(share.getKey(), share.getValue());
        }
        g.writeEndObject();
        g.writeNumberField("score", c.score());
        evidence(g, c.evidence());
        g.writeFieldName("attribution");
        Attribution a = c.attribution();
        if (a == null) {
            g.writeNull();
        } else {
            g.writeStartObject();
            g.writeStringField("actor", a.actor());
            g.writeNumberField("confidence", a.confidence());
            evidence(g, a.evidence());
            g.writeEndObject();
        }
        if (!c.endUsers().isEmpty()) {
            g.writeArrayFieldStart("end_users");
            for (EndUserRef u : c.endUsers()) {
                g.writeStartObject();
                g.writeStringField("account_id", u.accountId());
                g.writeStringField("end_user_id", u.endUserId());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    public static void write(JsonGenerator g, Decision d) throws IOException {
        g.writeStartObject();
        g.writeStringField("account_id", d.accountId());
        opt(g, "end_user_id", d.endUserId());
        g.writeStringField("action", d.action().wireName());
        opt(g, "campaign_id", d.campaignId());
        g.writeNumberField("score", d.score());
        strings(g, "reasons", d.reasons());
        time(g, "decided_at", d.decidedAt());
        if (d.expiresAt() != null) {
            time(g, "expires_at", d.expiresAt());
        }
        g.writeEndObject();
    }

    public static String toJson(Exchange e) {
        return toJson(g -> write(g, e));
    }

    public static String toJson(Account a) {
        return toJson(g -> write(g, a));
    }

    public static String toJson(Label l) {
        return toJson(g -> write(g, l));
    }

    public static String toJson(Indicator i) {
        return toJson(g -> write(g, i));
    }

    public static String toJson(Campaign c) {
        return toJson(g -> write(g, c));
    }

    public static String toJson(Decision d) {
        return toJson(g -> write(g, d));
    }

    /** How one kind of record is written; shared by the single-record and the file writers. */
    @FunctionalInterface
    interface Body {
        void writeTo(JsonGenerator g) throws IOException;
    }

    private static String toJson(Body body) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            body.writeTo(g);
        } catch (IOException e) {
            // a StringWriter cannot fail; only an unpaired surrogate in a string gets here
            throw new UncheckedIOException("cannot write record as JSON: " + e.getMessage(), e);
        }
        return out.toString();
    }

    private static void evidence(JsonGenerator g, List<Evidence> evidence) throws IOException {
        g.writeArrayFieldStart("evidence");
        for (Evidence e : evidence) {
            g.writeStartObject();
            g.writeStringField("signal", e.signal());
            g.writeNumberField("weight", e.weight());
            g.writeStringField("detail", e.detail());
            strings(g, "examples", e.examples());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void time(JsonGenerator g, String name, Instant t) throws IOException {
        g.writeFieldName(name);
        char[] buf = new char[24];
        int n = Timestamps.format(t, buf);
        if (n < 0) {
            g.writeString(Timestamps.format(t));
        } else {
            g.writeString(buf, 0, n);
        }
    }

    private static void opt(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    private static void opt(JsonGenerator g, String name, Integer value) throws IOException {
        if (value != null) {
            g.writeNumberField(name, value.intValue());
        }
    }

    private static void opt(JsonGenerator g, String name, Boolean value) throws IOException {
        if (value != null) {
            g.writeBooleanField(name, value.booleanValue());
        }
    }
}

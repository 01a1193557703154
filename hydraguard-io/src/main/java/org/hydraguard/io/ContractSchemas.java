package org.hydraguard.io;

import static org.hydraguard.io.Field.optional;
import static org.hydraguard.io.Field.required;
import static org.hydraguard.io.FieldKind.BOOL;
import static org.hydraguard.io.FieldKind.INT;
import static org.hydraguard.io.FieldKind.LONG;
import static org.hydraguard.io.FieldKind.NUMBER;
import static org.hydraguard.io.FieldKind.STRING;
import static org.hydraguard.io.FieldKind.STRINGS;
import static org.hydraguard.io.FieldKind.TIME;
import static org.hydraguard.io.FieldKind.TREE;

import java.util.List;
import org.hydraguard.core.model.Account;
import org.hydraguard.core.model.Action;
import org.hydraguard.core.model.Campaign;
import org.hydraguard.core.model.Decision;
import org.hydraguard.core.model.Exchange;
import org.hydraguard.core.model.Indicator;
import org.hydraguard.core.model.IndicatorType;
import org.hydraguard.core.model.Label;

/** The schema of each contract record (docs/data-contract.md); field order is contract order. */
final class ContractSchemas {
    private static final long MAX_INT = Integer.MAX_VALUE;

    private ContractSchemas() {}

    static RecordSchema<Exchange> exchange() {
        return new RecordSchema<>("exchange", List.of(
                required("id", STRING), required("ts", TIME), required("account_id", STRING),
                optional("org_id", STRING), optional("api_key_id", STRING), optional("end_user_id", STRING),
                required("ip", STRING), optional("asn", INT).range(0, MAX_INT), optional("country", STRING),
                optional("proxy_type", STRING), optional("user_agent", STRING), optional("tls_fp", STRING),
                required("api", STRING), required("model", STRING), optional("prompt", STRING),
                optional("system", STRING), required("turns", INT).range(1, MAX_INT),
                optional("conversation_id", STRING), optional("tools", INT).range(0, MAX_INT),
                optional("max_tokens", INT).range(0, MAX_INT), optional("temperature", NUMBER),
                optional("stream", BOOL), optional("thinking", BOOL), required("status", INT).range(100, 599),
                required("input_tokens", LONG).range(0, Long.MAX_VALUE),
                required("output_tokens", LONG).range(0, Long.MAX_VALUE),
                optional("latency_ms", INT).range(0, MAX_INT), optional("stop_reason", STRING),
                optional("response", STRING)),
                v -> new Exchange(v.str(0), v.time(1), v.str(2), v.str(3), v.str(4), v.str(5), v.str(6),
                        v.integer(7), v.str(8), v.str(9), v.str(10), v.str(11), v.str(12), v.str(13), v.str(14),
                        v.str(15), v.intValue(16), v.str(17), v.integer(18), v.integer(19), v.number(20),
                        v.bool(21), v.bool(22), v.intValue(23), v.longValue(24), v.longValue(25), v.integer(26),
                        v.str(27), v.str(28)));
    }

    static RecordSchema<Account> account() {
        return new RecordSchema<>("account", List.of(
                required("account_id", STRING), required("created_at", TIME), optional("org_id", STRING),
                optional("email_domain", STRING), optional("payment_fp", STRING), optional("signup_ip", STRING),
                optional("signup_country", STRING), optional("tier", STRING), optional("programs", STRINGS),
                optional("verified", BOOL), optional("display_name", STRING)),
                v -> new Account(v.str(0), v.time(1), v.str(2), v.str(3), v.str(4), v.str(5), v.str(6), v.str(7),
                        v.strings(8), v.bool(9), v.str(10)));
    }

    static RecordSchema<Indicator> indicator() {
        return new RecordSchema<>("indicator", List.of(
                required("type", STRING), required("value", STRING), required("actor", STRING),
                optional("confidence", INT).range(0, 100), optional("source", STRING),
                optional("valid_from", TIME), optional("valid_until", TIME)),
                v -> new Indicator(wire("type", () -> IndicatorType.fromWire(v.str(0))), v.str(1), v.str(2),
                        v.integer(3), v.str(4), v.time(5), v.time(6)));
    }

    static RecordSchema<Label> label() {
        return new RecordSchema<>("label", List.of(
                required("account_id", STRING), optional("end_user_id", STRING), required("actor", STRING)),
                v -> new Label(v.str(0), v.str(1), v.str(2)));
    }

    static RecordSchema<Decision> decision() {
        return new RecordSchema<>("decision", List.of(
                required("account_id", STRING), optional("end_user_id", STRING), required("action", STRING),
                optional("campaign_id", STRING), required("score", NUMBER), optional("reasons", STRINGS),
                required("decided_at", TIME), optional("expires_at", TIME)),
                v -> new Decision(v.str(0), wire("action", () -> Action.fromWire(v.str(2))), v.str(3),
                        v.number(4), v.strings(5), v.time(6), v.time(7), v.str(1)));
    }

    static RecordSchema<Campaign> campaign() {
        return new RecordSchema<>("campaign", List.of(
                required("campaign_id", STRING), required("accounts", STRINGS),
                required("account_count", INT).range(0, MAX_INT), required("exchanges", LONG).range(0, Long.MAX_VALUE),
                required("input_tokens", LONG).range(0, Long.MAX_VALUE),
                required("output_tokens", LONG).range(0, Long.MAX_VALUE), required("first_seen", TIME),
                required("last_seen", TIME), optional("capabilities", TREE), required("score", NUMBER),
                optional("evidence", TREE), optional("attribution", TREE), optional("end_users", TREE)),
                v -> new Campaign(v.str(0), v.strings(1), v.intValue(2), v.longValue(3), v.longValue(4),
                        v.longValue(5), v.time(6), v.time(7), CampaignParts.capabilities(v.tree(8)), v.number(9),
                        CampaignParts.evidence("evidence", v.tree(10)), CampaignParts.attribution(v.tree(11)),
                        CampaignParts.endUsers(v.tree(12))));
    }

    @FunctionalInterface
    private interface WireName<E> {
        E parse();
    }

    /** An enum spelled wrongly is that field's fault; the enum's message lists what is accepted. */
    private static <E> E wire(String field, WireName<E> parse) throws BadField {
        try {
            return parse.parse();
        } catch (IllegalArgumentException e) {
            throw new BadField(field, e.getMessage());
        }
    }
}

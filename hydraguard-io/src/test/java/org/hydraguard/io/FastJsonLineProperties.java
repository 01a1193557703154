package org.hydraguard.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.hydraguard.core.model.Account;
import org.hydraguard.core.model.Exchange;

/**
 * The fast path changes speed, never results: for valid lines and for lines mutated at random
 * (types swapped, escapes, nesting, bytes inserted or dropped), parsing with it gives exactly what
 * Jackson alone gives, the same record or the same reject.
 */
class FastJsonLineProperties {
    private static final String[] VALUES = {"null", "true", "false", "0", "-1", "5.0", "1e3", "12345678901234567890",
        "1.5", "\"\"", "\"x\"", "\"a\\nb\\\"c\\\\\"", "\"\\u00e9\\ud83d\\ude42\"", "\"\\ud800\"", "\"caf\u00e9 \u4e16\"",
        "[]", "[\"a\",1]", "{\"k\":[{}]}", "\"2026-04-22T03:14:15Z\"", "\"2026-04-22T03:14:15+01:00\"", "-0", "01",
        "\"tab\there\"", "-0.0", "1E2", "-0e0", "2.5e-3", "1e400", "9223372036854775807", "-9223372036854775808",
        "\"\\/\\b\\f\\r\\t\"", "nul", "tru", "truex", "\"\\x\""};
    private static final String[] KEYS = {"id", "ts", "account_id", "ip", "api", "model", "turns", "status",
        "input_tokens", "output_tokens", "asn", "temperature", "stream", "prompt", "x_unknown", "created_at",
        "programs", "verified", "tier", "a\\u0069d",
        // the length of a field and its first 8 or 15 bytes, then different: not that field
        "account_ix", "input_tokenz", "conversation_ie", "accounT_id"};

    private static final String NOISE = " {}[]\":,\\0-e.\n\ta";

    private final JsonRecordParser<Exchange> exchanges =
            new JsonRecordParser<>(ContractSchemas.exchange(), ContractReaders.mapper(ReadOptions.defaults()));
    private final JsonRecordParser<Account> accounts =
            new JsonRecordParser<>(ContractSchemas.account(), ContractReaders.mapper(ReadOptions.defaults()));

    @Property(tries = 5000)
    void givesWhatJacksonGives(@ForAll long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        String line = rnd.nextBoolean() ? Inputs.exchange("ex_" + rnd.nextInt(100), rnd.nextInt(60), extra(rnd))
                : "{\"account_id\":\"a\",\"created_at\":\"2026-01-01T00:00:00Z\"" + (rnd.nextBoolean() ? "" : "," + extra(rnd)) + "}";
        byte[] bytes = mutate(line.getBytes(StandardCharsets.UTF_8), rnd);
        if (Utf8.firstInvalid(bytes, 0, bytes.length) >= 0) {
            return; // the parser's precondition; lines with invalid UTF-8 are rejected before parsing
        }
        assertThat(outcome(exchanges, bytes, true)).as(new String(bytes, StandardCharsets.UTF_8))
                .isEqualTo(outcome(exchanges, bytes, false));
        assertThat(outcome(accounts, bytes, true)).isEqualTo(outcome(accounts, bytes, false));
    }

    private static String extra(SplittableRandom rnd) {
        StringBuilder b = new StringBuilder();
        for (int n = 1 + rnd.nextInt(3); n > 0; n--) {
            if (b.length() > 0) {
                b.append(rnd.nextInt(5) == 0 ? " , " : ",");
            }
            b.append('"').append(KEYS[rnd.nextInt(KEYS.length)]).append('"').append(rnd.nextInt(5) == 0 ? " : " : ":")
                    .append(VALUES[rnd.nextInt(VALUES.length)]);
        }
        return b.toString();
    }

    private static byte[] mutate(byte[] line, SplittableRandom rnd) {
        if (rnd.nextInt(3) == 0) {
            return line;
        }
        int at = rnd.nextInt(line.length);
        return switch (rnd.nextInt(3)) {
            case 0 -> concat(line, at, new byte[] {(byte) NOISE.charAt(rnd.nextInt(NOISE.length()))}, at);
            case 1 -> concat(line, at, new byte[0], at + 1);
            default -> concat(line, at, new byte[0], Math.min(line.length, at + 1 + rnd.nextInt(8)));
        };
    }

    private static byte[] concat(byte[] b, int cut, byte[] mid, int resume) {
        byte[] out = new byte[cut + mid.length + b.length - resume];
        System.arraycopy(b, 0, out, 0, cut);
        System.arraycopy(mid, 0, out, cut, mid.length);
        System.arraycopy(b, resume, out, cut + mid.length, b.length - resume);
        return out;
    }

    private static Object outcome(JsonRecordParser<?> parser, byte[] b, boolean fast) {
        try {
            return fast ? parser.parse(b, 0, b.length) : parser.parseFully(b, 0, b.length);
        } catch (BadField e) {
            return e.field() + ": " + e.reason();
        }
    }
}

package org.hydraguard.io;

import java.time.Instant;
import java.util.List;
import org.hydraguard.core.model.Account;
import org.hydraguard.core.model.Exchange;

/**
 * The CSV form of exchanges and accounts: one column per contract field, named as in JSON, in
 * contract order; an absent optional field is an empty cell; {@code programs} is joined with
 * {@code ;} (so a program name must not contain {@code ;}).
 */
final class CsvColumns {
    static final String PROGRAM_SEPARATOR = ";";

    static final List<String> EXCHANGE = List.of("id", "ts", "account_id", "org_id", "api_key_id", "end_user_id",
            "ip", "asn", "country", "proxy_type", "user_agent", "tls_fp", "api", "model", "prompt", "system", "turns",
            "conversation_id", "tools", "max_tokens", "temperature", "stream", "thinking", "status", "input_tokens",
            "output_tokens", "latency_ms", "stop_reason", "response");

    static final List<String> ACCOUNT = List.of("account_id", "created_at", "org_id", "email_domain", "payment_fp",
            "signup_ip", "signup_country", "tier", "programs", "verified", "display_name");

    private CsvColumns() {}

    static String[] row(Exchange e) {
        return new String[] {e.id(), time(e.ts()), e.accountId(), e.orgId(), e.apiKeyId(), e.endUserId(), e.ip(),
            str(e.asn()), e.country(), e.proxyType(), e.userAgent(), e.tlsFp(), e.api(), e.model(), e.prompt(),
            e.system(), Integer.toString(e.turns()), e.conversationId(), str(e.tools()), str(e.maxTokens()),
            str(e.temperature()), str(e.stream()), str(e.thinking()), Integer.toString(e.status()),
            Long.toString(e.inputTokens()), Long.toString(e.outputTokens()), str(e.latencyMs()), e.stopReason(),
            e.response()};
    }

    static String[] row(Account a) {
        for (String p : a.programs()) {
            if (p.contains(PROGRAM_SEPARATOR)) {
                throw new IllegalArgumentException("account " + a.accountId() + ": program '" + p
                        + "' contains ';', which separates programs in CSV; write this account as JSON Lines");
            }
        }
        return new String[] {a.accountId(), time(a.createdAt()), a.orgId(), a.emailDomain(), a.paymentFp(),
            a.signupIp(), a.signupCountry(), a.tier(),
            a.programs().isEmpty() ? null : String.join(PROGRAM_SEPARATOR, a.programs()), str(a.verified()),
            a.displayName()};
    }

    private static String time(Instant t) {
        return Timestamps.format(t);
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}

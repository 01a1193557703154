package org.hydraguard.core.model;

import java.time.Instant;

/**
 * One API request and its response (contract section 1). Required fields are checked here; optional
 * ones are {@code null} when the producer did not send them. {@code prompt} may be truncated by the
 * producer and is absent in privacy mode, so nothing may assume it is there.
 */
public record Exchange(
        String id,
        Instant ts,
        String accountId,
        String orgId,
        String apiKeyId,
        String endUserId,
        String ip,
        Integer asn,
        String country,
        String proxyType,
        String userAgent,
        String tlsFp,
        String api,
        String model,
        String prompt,
        String system,
        int turns,
        String conversationId,
        Integer tools,
        Integer maxTokens,
        Double temperature,
        Boolean stream,
        Boolean thinking,
        int status,
        long inputTokens,
        long outputTokens,
        Integer latencyMs,
        String stopReason,
        String response) {

    public Exchange {
        Checks.required(id, "id");
        Checks.required(ts, "ts");
        Checks.required(accountId, "account_id");
        Checks.required(ip, "ip");
        Checks.required(api, "api");
        Checks.required(model, "model");
        if (turns < 1) {
            throw new IllegalArgumentException("turns must be at least 1: " + turns);
        }
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("status must be an HTTP status between 100 and 599: " + status);
        }
        Checks.notNegative(inputTokens, "input_tokens");
        Checks.notNegative(outputTokens, "output_tokens");
    }

    /** The entity a decision applies to: the end user of a reseller's account where one is named. */
    public String subjectKey() {
        return subjectKey(accountId, endUserId);
    }

    /**
     * The one spelling of a subject's key, wherever subjects are looked up: the account id, or the
     * account id and end-user id joined by a unit separator (a character no id contains).
     */
    public static String subjectKey(String accountId, String endUserId) {
        return endUserId == null ? accountId : accountId + '\u001f' + endUserId;
    }

    public boolean wantsThinking() {
        return Boolean.TRUE.equals(thinking);
    }

    public static ExchangeBuilder builder() {
        return new ExchangeBuilder();
    }

    public ExchangeBuilder toBuilder() {
        return new ExchangeBuilder(this);
    }
}

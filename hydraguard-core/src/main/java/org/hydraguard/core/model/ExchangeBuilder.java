package org.hydraguard.core.model;

import java.time.Instant;

/** Builds an {@link Exchange}; for tests, the simulator and readers. Defaults: one turn, status 200. */
public final class ExchangeBuilder {
    private String id;
    private Instant ts;
    private String accountId;
    private String orgId;
    private String apiKeyId;
    private String endUserId;
    private String ip;
    private Integer asn;
    private String country;
    private String proxyType;
    private String userAgent;
    private String tlsFp;
    private String api;
    private String model;
    private String prompt;
    private String system;
    private int turns = 1;
    private String conversationId;
    private Integer tools;
    private Integer maxTokens;
    private Double temperature;
    private Boolean stream;
    private Boolean thinking;
    private int status = 200;
    private long inputTokens;
    private long outputTokens;
    private Integer latencyMs;
    private String stopReason;
    private String response;

    ExchangeBuilder() {}

    ExchangeBuilder(Exchange e) {
        this.id = e.id();
        this.ts = e.ts();
        this.accountId = e.accountId();
        this.orgId = e.orgId();
        this.apiKeyId = e.apiKeyId();
        this.endUserId = e.endUserId();
        this.ip = e.ip();
        this.asn = e.asn();
        this.country = e.country();
        this.proxyType = e.proxyType();
        this.userAgent = e.userAgent();
        this.tlsFp = e.tlsFp();
        this.api = e.api();
        this.model = e.model();
        this.prompt = e.prompt();
        this.system = e.system();
        this.turns = e.turns();
        this.conversationId = e.conversationId();
        this.tools = e.tools();
        this.maxTokens = e.maxTokens();
        this.temperature = e.temperature();
        this.stream = e.stream();
        this.thinking = e.thinking();
        this.status = e.status();
        this.inputTokens = e.inputTokens();
        this.outputTokens = e.outputTokens();
        this.latencyMs = e.latencyMs();
        this.stopReason = e.stopReason();
        this.response = e.response();
    }

    public ExchangeBuilder id(String id) {
        this.id = id;
        return this;
    }

    public ExchangeBuilder ts(Instant ts) {
        this.ts = ts;
        return this;
    }

    public ExchangeBuilder accountId(String accountId) {
        this.accountId = accountId;
        return this;
    }

    public ExchangeBuilder orgId(String orgId) {
        this.orgId = orgId;
        return this;
    }

    public ExchangeBuilder apiKeyId(String apiKeyId) {
        this.apiKeyId = apiKeyId;
        return this;
    }

    public ExchangeBuilder endUserId(String endUserId) {
        this.endUserId = endUserId;
        return this;
    }

    public ExchangeBuilder ip(String ip) {
        this.ip = ip;
        return this;
    }

    public ExchangeBuilder asn(Integer asn) {
        this.asn = asn;
        return this;
    }

    public ExchangeBuilder country(String country) {
        this.country = country;
        return this;
    }

    public ExchangeBuilder proxyType(String proxyType) {
        this.proxyType = proxyType;
        return this;
    }

    public ExchangeBuilder userAgent(String userAgent) {
        this.userAgent = userAgent;
        return this;
    }

    public ExchangeBuilder tlsFp(String tlsFp) {
        this.tlsFp = tlsFp;
        return this;
    }

    public ExchangeBuilder api(String api) {
        this.api = api;
        return this;
    }

    public ExchangeBuilder model(String model) {
        this.model = model;
        return this;
    }

    public ExchangeBuilder prompt(String prompt) {
        this.prompt = prompt;
        return this;
    }

    public ExchangeBuilder system(String system) {
        this.system = system;
        return this;
    }

    public ExchangeBuilder turns(int turns) {
        this.turns = turns;
        return this;
    }

    public ExchangeBuilder conversationId(String conversationId) {
        this.conversationId = conversationId;
        return this;
    }

    public ExchangeBuilder tools(Integer tools) {
        this.tools = tools;
        return this;
    }

    public ExchangeBuilder maxTokens(Integer maxTokens) {
        this.maxTokens = maxTokens;
        return this;
    }

    public ExchangeBuilder temperature(Double temperature) {
        this.temperature = temperature;
        return this;
    }

    public ExchangeBuilder stream(Boolean stream) {
        this.stream = stream;
        return this;
    }

    public ExchangeBuilder thinking(Boolean thinking) {
        this.thinking = thinking;
        return this;
    }

    public ExchangeBuilder status(int status) {
        this.status = status;
        return this;
    }

    public ExchangeBuilder inputTokens(long inputTokens) {
        this.inputTokens = inputTokens;
        return this;
    }

    public ExchangeBuilder outputTokens(long outputTokens) {
        this.outputTokens = outputTokens;
        return this;
    }

    public ExchangeBuilder latencyMs(Integer latencyMs) {
        this.latencyMs = latencyMs;
        return this;
    }

    public ExchangeBuilder stopReason(String stopReason) {
        this.stopReason = stopReason;
        return this;
    }

    public ExchangeBuilder response(String response) {
        this.response = response;
        return this;
    }

    public Exchange build() {
        return new Exchange(id, ts, accountId, orgId, apiKeyId, endUserId, ip, asn, country, proxyType, userAgent, tlsFp, api, model, prompt, system, turns, conversationId, tools, maxTokens, temperature, stream, thinking, status, inputTokens, outputTokens, latencyMs, stopReason, response);
    }
}

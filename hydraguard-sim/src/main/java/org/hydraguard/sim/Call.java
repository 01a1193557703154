package org.hydraguard.sim;

import org.hydraguard.sim.text.PromptKind;

/**
 * The request an actor is about to send, filled in field by field and handed to
 * {@link Simulation#emit}. One instance is reused for every request (this is the per-record hot path),
 * so actors must not keep a reference to it.
 */
final class Call {
    String accountId;
    String orgId;
    String apiKeyId;
    String endUserId;
    int net;
    int address;
    int client;
    String api;
    String model;
    String prompt;
    String system;
    PromptKind kind;
    int turns;
    String conversationId;
    long context;
    int tools;
    boolean toolTurn;
    Integer maxTokens;
    Double temperature;
    Boolean stream;
    Boolean thinking;
    double errorBoost;
    Tally tally;

    Call reset() {
        accountId = null;
        orgId = null;
        apiKeyId = null;
        endUserId = null;
        api = null;
        model = null;
        prompt = null;
        system = null;
        kind = PromptKind.CHAT;
        turns = 1;
        conversationId = null;
        context = 0;
        tools = 0;
        toolTurn = false;
        maxTokens = null;
        temperature = null;
        stream = null;
        thinking = null;
        errorBoost = 0;
        tally = null;
        return this;
    }
}

package org.hydraguard.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hydraguard.core.model.Account;
import org.hydraguard.core.model.Action;
import org.hydraguard.core.model.Attribution;
import org.hydraguard.core.model.Campaign;
import org.hydraguard.core.model.Decision;
import org.hydraguard.core.model.EndUserRef;
import org.hydraguard.core.model.Evidence;
import org.hydraguard.core.model.Exchange;

/** Contract records for the store tests; times at millisecond precision, as the contract has them. */
final class Fixtures {
    static final Instant T0 = Instant.parse("2026-04-22T03:14:15.926Z");

    private Fixtures() {}

    static Instant at(long secondsAfterT0) {
        return T0.plusSeconds(secondsAfterT0);
    }

    static Exchange exchange(String id) {
        return exchange(id, T0);
    }

    static Exchange exchange(String id, Instant ts) {
        return Exchange.builder().id(id).ts(ts).accountId("acct_" + Math.floorMod(id.hashCode(), 7)).ip("198.51.100.23")
                .api("anthropic.messages").model("model-large-2026-03").turns(1).status(200).inputTokens(412)
                .outputTokens(3120).build();
    }

    /** An exchange with every optional field set, to check that the journal loses nothing. */
    static Exchange fullExchange(String id) {
        return exchange(id, at(1)).toBuilder().orgId("org_1").apiKeyId("key_9").endUserId("eu_3").asn(64501)
                .country("SG").proxyType("residential").userAgent("anthropic-python/0.49.0").tlsFp("t13d1516h2")
                .prompt("Solve the task below.\nThink \"step\" by step — ünïcödé").system("You are terse.")
                .conversationId("conv_1").tools(2).maxTokens(8192).temperature(0.7).stream(Boolean.FALSE)
                .thinking(Boolean.TRUE).latencyMs(41200).stopReason("end_turn").response("Step 1: …").build();
    }

    static Account account(String id, String tier) {
        return new Account(id, at(-86_400), "org_1", "example.edu", "pfp_1", "203.0.113.9", "SG", tier,
                List.of("education", "research"), Boolean.TRUE, "Display " + id);
    }

    static Campaign campaign(String id, double score) {
        Evidence sync = new Evidence("synchrony", 0.42, "accounts fire within 2 s of each other", List.of("ex_1", "ex_2"));
        Evidence skel = new Evidence("prompt_skeleton", 0.31, "one skeleton in 93% of prompts", List.of());
        return new Campaign(id, List.of("acct_1", "acct_2", "acct_3"), 3, 1150, 412_000, 3_120_000, at(0), at(3600),
                Map.of("software_engineering", 0.6, "agentic_reasoning", 0.4), score, List.of(sync, skel),
                new Attribution("actor_x", 0.8, List.of(sync)), List.of(new EndUserRef("acct_9", "eu_7")));
    }

    static Campaign plainCampaign(String id, double score, int accounts) {
        return new Campaign(id, List.of("acct_1"), accounts, 10, 100, 200, at(0), at(60), Map.of(), score, List.of(),
                null, List.of());
    }

    static Decision decision(String account, String endUser, Action action, long secondsAfterT0) {
        return new Decision(account, action, action == Action.ALLOW ? null : "camp_1", 0.5,
                List.of("synchrony", "skeleton"), at(secondsAfterT0),
                action == Action.BLOCK ? at(secondsAfterT0 + 86_400) : null, endUser);
    }
}

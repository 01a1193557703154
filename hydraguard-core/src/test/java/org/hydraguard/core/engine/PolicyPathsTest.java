package org.hydraguard.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import org.hydraguard.core.model.Action;
import org.hydraguard.core.model.Decision;
import org.hydraguard.core.policy.Allowlist;
import org.hydraguard.core.policy.Expiry;
import org.hydraguard.core.policy.Policy;
import org.junit.jupiter.api.Test;

class PolicyPathsTest {

    private static SyntheticStream campaignOnly() {
        SyntheticStream s = new SyntheticStream(21, 6);
        s.honest(30);
        s.campaign(24, "W-X", 0, 2);
        s.exchanges.sort(java.util.Comparator.comparing(org.hydraguard.core.model.Exchange::ts)
                .thenComparing(org.hydraguard.core.model.Exchange::id));
        return s;
    }

    /**
     * A subject that steers its running purpose around the bar for monitoring it on its own (it
     * sends fully distillation-like prompts while allowed and plain ones while monitored, as one
     * probing the threshold would) is not answered with a decision per exchange: once monitored, it
     * is released only well below the bar.
     */
    @Test
    void soloMonitoringDoesNotFlipWithEveryExchange() {
        DetectionEngine engine = soloEngine();
        java.util.List<Decision> out = new java.util.ArrayList<>();
        int exchanges = 400;
        for (int i = 0; i < exchanges; i++) {
            boolean monitored = engine.decisionFor("solo", null).action() == Action.MONITOR;
            double r = monitored ? 0.0 : 1.0;
            engine.accept(soloExchange(i, Duration.ofMinutes(7L * i), r), out::add);
        }

        assertThat(out).extracting(Decision::action).contains(Action.MONITOR).doesNotContain(Action.THROTTLE);
        assertThat(out).as("decisions for a subject steering its purpose around the bar").hasSizeLessThanOrEqualTo(exchanges / 20);
    }

    /**
     * A subject monitored on its own purpose that stays between the release and the entry bar is
     * still monitored when the 7-day decision expires: the renewal carries the score and reasons
     * that renewed it, like the first decision.
     */
    @Test
    void renewedSoloMonitoringSaysWhy() {
        DetectionEngine engine = soloEngine();
        java.util.List<Decision> out = new java.util.ArrayList<>();
        double reasoningSum = 0;
        for (int i = 0; i < 600; i++) {
            // purpose here is 0.75 plus a quarter of the mean reasoning cue: 0.875 for the first 40
            // exchanges (monitored from the 20th), then held at 0.825, between release and entry
            double r = i < 40 ? 0.5 : (reasoningSum / Math.max(1, i) > 0.3 ? 0.0 : 1.0);
            reasoningSum += r;
            engine.accept(soloExchange(i, Duration.ofMinutes(20L * i), r), out::add);
        }

        assertThat(out).extracting(Decision::action).containsExactly(Action.MONITOR, Action.MONITOR);
        assertThat(out).allMatch(d -> d.score() > 0 && !d.reasons().isEmpty(), "carries a score and reasons");
    }

    /** An engine that knows one old, verified account, "solo", with nobody else to group it with. */
    private static DetectionEngine soloEngine() {
        DetectionEngine engine = new DetectionEngine(new TaggedSignals(), Policy.defaults(), 12);
        engine.accept(new org.hydraguard.core.model.Account("solo", SyntheticStream.T0.minus(Duration.ofDays(400)), null,
                "mail.example", "pay-solo", "10.9.9.9", "US", "build", java.util.List.of(), true, null));
        return engine;
    }

    /** A single-turn software task by "solo" whose only varying signal is its reasoning cue {@code r}. */
    private static org.hydraguard.core.model.Exchange soloExchange(int i, Duration after, double r) {
        return org.hydraguard.core.model.Exchange.builder().id("s" + i)
                .ts(SyntheticStream.T0.plus(after)).accountId("solo").ip("10.9.9.9").proxyType("none")
                .userAgent("client/1.0").tlsFp("t13d").api("anthropic.messages").model("model-large")
                .prompt("r=" + r + ";t=1.0;o=1.0;c=SOFTWARE_ENGINEERING;w=-;u=" + i).turns(1).tools(0)
                .maxTokens(8192).inputTokens(400).outputTokens(2000).build();
    }

    @Test
    void shadowModeNeverRestrictsButSaysWhatItWouldHaveDone() {
        SyntheticStream s = campaignOnly();
        Runs r = new Runs(Policy.defaults().withShadowMode(true)).feed(s);

        assertThat(r.restricted).isEmpty();
        assertThat(r.decisions).isNotEmpty().allMatch(d -> d.action() == Action.MONITOR);
        assertThat(r.decisions.get(0).reasons()).anyMatch(x -> x.startsWith("shadow mode: would have been "));
        assertThat(r.engine.campaigns()).hasSize(1);
    }

    @Test
    void allowlistedAccountIsOnlyMonitored() {
        SyntheticStream s = campaignOnly();
        String spared = "distW-X0";
        Runs r = new Runs(Policy.defaults().withAllowlist(new Allowlist(Set.of(spared), Set.of()))).feed(s);

        assertThat(r.restricted).doesNotContainKey(spared).containsKey("distW-X1");
        assertThat(r.decisions).filteredOn(d -> d.accountId().equals(spared))
                .isNotEmpty().allMatch(d -> d.action() == Action.MONITOR)
                .anyMatch(d -> d.reasons().stream().anyMatch(x -> x.startsWith("allowlisted: would have been")));
    }

    @Test
    void decisionsCarryExpiryFromPolicyAndAreRenewedAfterExpiry() {
        SyntheticStream s = campaignOnly();
        Expiry oneHour = new Expiry(Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(1));
        Runs r = new Runs(Policy.defaults().withExpiry(oneHour)).feed(s);

        Decision first = r.decisions.stream().filter(d -> d.action().restricts()).findFirst().orElseThrow();
        assertThat(first.expiresAt()).isEqualTo(first.decidedAt().plus(Duration.ofHours(1)));
        long renewals = r.decisions.stream().filter(d -> d.accountId().equals(first.accountId()) && d.action().restricts()).count();
        assertThat(renewals).isGreaterThan(1);
    }

    @Test
    void newcomerToAnActionedCampaignIsActionedWithinAFewExchanges() {
        SyntheticStream s = new SyntheticStream(23, 8);
        s.honest(20);
        s.campaign(30, "W-Y", 0, 3);
        s.exchanges.sort(java.util.Comparator.comparing(org.hydraguard.core.model.Exchange::ts)
                .thenComparing(org.hydraguard.core.model.Exchange::id));
        Runs r = new Runs(Policy.defaults()).feed(s);

        // accounts of the last wave (i % 3 == 2) arrive after the campaign was actioned
        for (int i = 2; i < 30; i += 3) {
            assertThat(r.servedBefore.get("distW-Y" + i)).as("served before newcomer %d was actioned", i)
                    .isNotNull().isLessThanOrEqualTo(3);
        }
        assertThat(r.decisions).filteredOn(d -> d.accountId().equals("distW-Y29")).first()
                .satisfies(d -> assertThat(d.campaignId()).startsWith("cmp-"));
    }

    @Test
    void campaignIdIsStableWhenNewAccountsReplaceDeadOnes() {
        SyntheticStream s = new SyntheticStream(29, 8);
        s.honest(20);
        s.campaign(30, "W-Z", 0, 3);
        s.exchanges.sort(java.util.Comparator.comparing(org.hydraguard.core.model.Exchange::ts)
                .thenComparing(org.hydraguard.core.model.Exchange::id));
        Runs r = new Runs(Policy.defaults()).feed(s);

        assertThat(r.decisions).filteredOn(d -> d.action().restricts()).extracting(Decision::campaignId).containsOnly(
                r.engine.campaigns().get(0).campaignId());
    }
}

package org.hydraguard.sim;

import java.time.Instant;
import java.util.List;
import org.hydraguard.sim.text.PromptKind;

/**
 * The named scenarios, at scale 1 (see {@code docs/scenarios.md} for what each models and why).
 * Explicit registry: adding a scenario means adding a method here and a line to {@link #NAMES}.
 */
public final class Scenarios {
    public static final List<String> NAMES = List.of("quickstart", "seed-2026", "four-actors", "evasion", "unwrapped", "dormant");

    private Scenarios() {}

    /** One line per scenario, for {@code --help}. */
    public static String describe(String name) {
        return byName(name).description();
    }

    static Scenario byName(String name) {
        return switch (name) {
            case "quickstart" -> quickstart();
            case "seed-2026" -> seed2026();
            case "four-actors" -> fourActors();
            case "evasion" -> evasion();
            case "unwrapped" -> unwrapped();
            case "dormant" -> dormant();
            default -> throw new IllegalArgumentException("unknown scenario '" + name + "'; expected one of " + String.join(", ", NAMES));
        };
    }

    private static Models spring() {
        return new Models("model-large-2026-03", "model-small-2026-01", "model-large-2025-10", "model-large-2026-05",
                Instant.parse("2026-05-19T17:00:00Z").toEpochMilli());
    }

    private static Scenario quickstart() {
        int days = 7;
        CampaignPlan c = CampaignPlan.builder("quickstart-op").size(150, 45_000).waves(20, 60, 4).build(days);
        return new Scenario("quickstart", "a few thousand honest accounts and one campaign over 7 days (~300k exchanges)",
                Instant.parse("2026-04-22T00:00:00Z"), days, new Models("model-large-2026-03", "model-small-2026-01", "model-large-2025-10", null, 0),
                3_000, 255_000, List.of(c));
    }

    private static Scenario seed2026() {
        int days = 45;
        CampaignPlan c = CampaignPlan.builder("seed-2026")
                .size(25_000, 28_800_000)
                .target(PromptKind.SWE, 0.30).target(PromptKind.AGENTIC, 0.25).target(PromptKind.PLANNING, 0.15)
                .target(PromptKind.CODE, 0.10).target(PromptKind.MATH, 0.08).target(PromptKind.REASONING, 0.07).target(PromptKind.INSTRUCT, 0.05)
                .chase(0.8, 30)
                .build(days);
        return new Scenario("seed-2026", "the reported campaign at full scale: 25,000 accounts, 28.8M exchanges over 45 days, in 260,000 honest accounts sending ~3x its traffic",
                Instant.parse("2026-04-22T00:00:00Z"), days, spring(), 260_000, 86_400_000, List.of(c));
    }

    private static Scenario fourActors() {
        int days = 40;
        Models models = new Models("model-large-2025-10", "model-small-2025-09", "model-large-2025-05", "model-large-2026-01",
                Instant.parse("2026-01-27T17:00:00Z").toEpochMilli());
        CampaignPlan traces = CampaignPlan.builder("actor-traces")
                .size(300, 150_000).days(5, 33).waves(10, 40, 14)
                .target(PromptKind.REASONING, 0.5).target(PromptKind.MATH, 0.4).target(PromptKind.CODE, 0.1)
                .wrappers(3, 0.05).ip(CampaignPlan.IpStrategy.DATACENTER, 1).params(1.0, 32000, 1.0, false).multiTurn(0.02)
                .build(days);
        CampaignPlan agentic = CampaignPlan.builder("actor-agentic")
                .size(6_600, 3_400_000).days(0, 40).waves(50, 300, 8)
                .target(PromptKind.AGENTIC, 0.4).target(PromptKind.SWE, 0.3).target(PromptKind.CODE, 0.2).target(PromptKind.PLANNING, 0.1)
                .ip(CampaignPlan.IpStrategy.RESIDENTIAL_STICKY, 0).chase(0.5, 14).multiTurn(0.08)
                .build(days);
        CampaignPlan broad = CampaignPlan.builder("actor-broad")
                .size(17_060, 13_000_000).days(0, 40).waves(80, 400, 10)
                .target(PromptKind.INSTRUCT, 0.3).target(PromptKind.CHAT, 0.1).target(PromptKind.WRITING, 0.1).target(PromptKind.CODE, 0.15)
                .target(PromptKind.MATH, 0.1).target(PromptKind.REASONING, 0.1).target(PromptKind.TRANSLATION, 0.05).target(PromptKind.SWE, 0.1)
                .wrappers(12, 0.2).ip(CampaignPlan.IpStrategy.MIXED, 0.5).params(0.4, 8192, 0.7, false).multiTurn(0.05)
                .build(days);
        CampaignPlan stealth = CampaignPlan.builder("actor-stealth")
                .size(40, 30_000).days(2, 40).waves(3, 8, 30)
                .target(PromptKind.SWE, 0.4).target(PromptKind.AGENTIC, 0.3).target(PromptKind.REASONING, 0.3)
                .wrappers(20, 0.7).ip(CampaignPlan.IpStrategy.RESIDENTIAL_STICKY, 0).fingerprint(CampaignPlan.Fingerprint.PER_ACCOUNT_POPULAR)
                .humanRhythm(true).cover(0.3).params(0.5, 16000, null, true).signups(0.1, 0.5, 1, 3, 0.1)
                .build(days);
        return new Scenario("four-actors", "four concurrent campaigns sized after the February 2026 disclosures (~24,000 accounts, ~16.6M exchanges); one moves half its traffic to a model released on day 21",
                Instant.parse("2026-01-06T00:00:00Z"), days, models, 250_000, 50_000_000, List.of(traces, agentic, broad, stealth));
    }

    private static Scenario evasion() {
        int days = 30;
        CampaignPlan chameleon = CampaignPlan.builder("evasive-chameleon")
                .size(3_000, 1_500_000).waves(10, 60, 3)
                .target(PromptKind.SWE, 0.3).target(PromptKind.AGENTIC, 0.25).target(PromptKind.REASONING, 0.2).target(PromptKind.PLANNING, 0.1)
                .target(PromptKind.CODE, 0.15)
                .wrappers(40, 0.8).ip(CampaignPlan.IpStrategy.RESIDENTIAL_ROTATING, 0).fingerprint(CampaignPlan.Fingerprint.PER_ACCOUNT_POPULAR)
                .humanRhythm(true).cover(0.25).reseller(0.15).params(0.5, 16000, null, true).multiTurn(0.05)
                .signups(0.15, 0.2, 2, 8, 0.2)
                .build(days);
        CampaignPlan trickle = CampaignPlan.builder("evasive-trickle")
                .size(400, 150_000).days(3, 30).waves(5, 20, 7)
                .target(PromptKind.MATH, 0.3).target(PromptKind.REASONING, 0.3).target(PromptKind.CODE, 0.4)
                .wrappers(25, 0.9).ip(CampaignPlan.IpStrategy.RESIDENTIAL_STICKY, 0).fingerprint(CampaignPlan.Fingerprint.PER_ACCOUNT_POPULAR)
                .humanRhythm(true).cover(0.35).reseller(0.5).params(0.6, 8192, null, true)
                .signups(0.3, 0.3, 1, 4, 0.1)
                .build(days);
        return new Scenario("evasion", "campaigns that work hard not to be seen: paraphrased wrappers, a fresh residential IP per request, popular fingerprints, human rhythms, cover traffic, short-lived accounts, a reseller's end users",
                Instant.parse("2026-06-10T00:00:00Z"), days, spring0(), 120_000, 25_000_000, List.of(chameleon, trickle));
    }

    /**
     * A campaign whose prompts share nothing: bare dataset items with no wrapper, no system prompt and
     * no scripted follow-ups, so no two of its prompts have a template in common. What ties its
     * accounts together is behind them: a few cards paying for many accounts, waves of young sign-ups,
     * proxies, scripted timing.
     */
    private static Scenario unwrapped() {
        int days = 21;
        CampaignPlan bare = CampaignPlan.builder("unwrapped-op")
                .size(1_500, 700_000).waves(20, 80, 6)
                .target(PromptKind.SWE, 0.3).target(PromptKind.CODE, 0.25).target(PromptKind.MATH, 0.2)
                .target(PromptKind.REASONING, 0.15).target(PromptKind.AGENTIC, 0.1)
                .wrappers(0, 0).cover(0.05).multiTurn(0)
                .signups(0.25, 0.08, 3, 12, 0.55)
                .build(days);
        return new Scenario("unwrapped", "a campaign of bare dataset items with no wrapper, system prompt or scripted follow-up: only its cards, sign-ups and infrastructure tie its accounts together",
                Instant.parse("2026-09-01T00:00:00Z"), days, spring0(), 60_000, 12_000_000, List.of(bare));
    }

    /**
     * A campaign on bought or long-dormant accounts, created months or years before the operator
     * wakes them in waves: nothing about the accounts is young and their sign-ups form no waves, so
     * what it shows is that old accounts all became active while it ran, and how they behave.
     */
    private static Scenario dormant() {
        int days = 21;
        CampaignPlan woken = CampaignPlan.builder("dormant-op")
                .size(1_500, 900_000).waves(20, 80, 6).aged(1.0)
                .build(days);
        return new Scenario("dormant", "a campaign on bought, long-dormant accounts woken in waves: none of its accounts is young and their sign-ups form no waves",
                Instant.parse("2026-10-05T00:00:00Z"), days, spring0(), 60_000, 12_000_000, List.of(woken));
    }

    private static Models spring0() {
        return new Models("model-large-2026-05", "model-small-2026-01", "model-large-2026-03", null, 0);
    }
}

package org.hydraguard.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.hydraguard.core.link.ValueIndex;
import org.hydraguard.core.model.Account;
import org.hydraguard.core.model.Capability;
import org.hydraguard.core.model.Exchange;
import org.hydraguard.core.profile.AccountFacts;
import org.hydraguard.core.profile.SubjectProfile;
import org.hydraguard.core.signal.ExchangeSignals;
import org.hydraguard.core.signal.Skeleton;
import org.junit.jupiter.api.Test;

class OperatorSplitTest {
    private static final int RARE_MAX = 64;
    private static final long T0 = Instant.parse("2026-01-06T00:00:00Z").toEpochMilli();
    private static final long HOUR = 3_600_000L;

    /** What an operator (or an honest group) wants from the model: its capability mix and request shape. */
    private record Shape(double[] mix, double tools, long outTokens) {}

    private static final Shape AGENTIC = new Shape(new double[] {0.3, 0.4, 0.2, 0.0, 0.1}, 0.4, 1800);
    private static final Shape BROAD = new Shape(new double[] {0.2, 0.03, 0.2, 0.17, 0.4}, 0.0, 1250);
    private static final Shape TRACES = new Shape(new double[] {0.08, 0.0, 0.09, 0.55, 0.28}, 0.0, 6000);

    private final List<SubjectProfile> members = new ArrayList<>();
    private final ValueIndex values = new ValueIndex();
    private final SplittableRandom rnd = new SplittableRandom(7);

    /** Opens {@code n} accounts on one card, created at {@code startHour}, each sending {@code each} exchanges. */
    private List<SubjectProfile> accounts(String prefix, String card, int n, long startHour, int each, Shape shape) {
        List<SubjectProfile> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            SubjectProfile p = new SubjectProfile(members.size(), prefix + "-" + i, null);
            Account a = new Account(p.accountId, Instant.ofEpochMilli(T0 + startHour * HOUR), null, "mail.example",
                    card, "198.51.100." + (i % 250), "US", "build", List.of(), false, null);
            p.facts = AccountFacts.of(a);
            values.add(p.facts.paymentKey, card, p.index);
            for (int k = 0; k < each; k++) {
                p.update(exchange(p.accountId, T0 + startHour * HOUR + 60_000L * (k + 1), shape), signals(shape), false);
            }
            members.add(p);
            out.add(p);
        }
        return out;
    }

    private Exchange exchange(String account, long ts, Shape shape) {
        boolean tools = rnd.nextDouble() < shape.tools();
        return Exchange.builder().id("ex-" + account + "-" + ts).ts(Instant.ofEpochMilli(ts)).accountId(account)
                .ip("203.0.113.9").api("messages").model("large").prompt("p").turns(1).tools(tools ? 8 : 0)
                .status(200).inputTokens(900).outputTokens(Math.round(shape.outTokens() * (0.5 + rnd.nextDouble())))
                .build();
    }

    private ExchangeSignals signals(Shape shape) {
        double u = rnd.nextDouble();
        Capability cap = Capability.OTHER;
        for (Capability c : Capability.values()) {
            u -= shape.mix()[c.ordinal()];
            if (u < 0) {
                cap = c;
                break;
            }
        }
        return new ExchangeSignals(0.7, cap, 0.3, 0.6, Skeleton.NONE, 1, 0);
    }

    /** Honest holders of a value, outside the campaign, so that the value's population count is real. */
    private void otherHolders(String card, int n) {
        for (int i = 0; i < n; i++) {
            values.add(org.hydraguard.core.profile.StableHash.of(AccountFacts.NS_PAYMENT, card), card, 100_000 + i);
        }
    }

    private static List<String> ids(OperatorSplit.Part part, List<SubjectProfile> all) {
        List<String> out = new ArrayList<>();
        for (int i : part.members()) {
            out.add(all.get(i).accountId);
        }
        return out;
    }

    private static List<String> ids(List<SubjectProfile> ps) {
        return ps.stream().map(p -> p.accountId).sorted().toList();
    }

    private List<OperatorSplit.Part> split() {
        return OperatorSplit.split(members, values, RARE_MAX);
    }

    @Test
    void operatorsWithTheirOwnCardsAndTargetsAreToldApart() {
        List<SubjectProfile> agentic = new ArrayList<>();
        List<SubjectProfile> broad = new ArrayList<>();
        agentic.addAll(accounts("ag-a", "card-ag-1", 12, 0, 120, AGENTIC));
        broad.addAll(accounts("br-a", "card-br-1", 15, 2, 120, BROAD));
        agentic.addAll(accounts("ag-b", "card-ag-2", 10, 200, 120, AGENTIC));
        broad.addAll(accounts("br-b", "card-br-2", 20, 300, 120, BROAD));
        List<SubjectProfile> traces = accounts("tr", "card-tr", 4, 100, 400, TRACES);

        List<OperatorSplit.Part> parts = split();

        assertThat(parts).hasSize(3);
        assertThat(ids(parts.get(0), members)).containsExactlyInAnyOrderElementsOf(ids(agentic));
        assertThat(ids(parts.get(1), members)).containsExactlyInAnyOrderElementsOf(ids(broad));
        assertThat(ids(parts.get(2), members)).containsExactlyInAnyOrderElementsOf(ids(traces));
        assertThat(parts.get(0).cards()).isEqualTo(2);
    }

    @Test
    void oneOperatorOnManyCardsOverManyWavesStaysOne() {
        // the seed-2026 shape: new waves every few days, each on fresh cards, one target mix
        for (int wave = 0; wave < 12; wave++) {
            accounts("w" + wave, "card-" + wave, 3 + wave % 5, wave * 72L, 60 + 40 * (wave % 3), AGENTIC);
        }

        List<OperatorSplit.Part> parts = split();

        assertThat(parts).hasSize(1);
        assertThat(parts.get(0).members()).hasSize(members.size());
    }

    @Test
    void accountsWithoutARareLinkJoinTheOperatorTheyResemble() {
        accounts("ag", "card-ag", 10, 0, 150, AGENTIC);
        accounts("br", "card-br", 10, 1, 150, BROAD);
        // unique cards: no link, so they are placed by their traffic alone
        List<SubjectProfile> lone = new ArrayList<>();
        lone.addAll(accounts("lone-br", "card-solo-1", 1, 5, 200, BROAD));
        lone.addAll(accounts("lone-ag", "card-solo-2", 1, 6, 200, AGENTIC));

        List<OperatorSplit.Part> parts = split();

        assertThat(parts).hasSize(2);
        assertThat(ids(parts.get(0), members)).contains("lone-ag-0").doesNotContain("lone-br-0");
        assertThat(ids(parts.get(1), members)).contains("lone-br-0").doesNotContain("lone-ag-0");
    }

    @Test
    void aCompanyCardSharedByHundredsIsNoLinkAndNeverBecomesItsOwnCampaign() {
        // honest look-alike: employees of one company on the company's invoice card, who (wrongly or
        // not) ended up among the campaign's members with a traffic profile of their own
        accounts("ag", "card-ag", 20, 0, 150, AGENTIC);
        otherHolders("corp-invoice", 180);
        accounts("corp", "corp-invoice", 12, 3, 150, TRACES);

        List<OperatorSplit.Part> parts = split();

        assertThat(parts).hasSize(1);
        assertThat(parts.get(0).members()).hasSize(32);
    }

    @Test
    void aCampusCohortSharingOnlyASignUpNetworkIsNotSplitOff() {
        // a classroom: many new accounts from one campus /24 within an hour, each on its own card
        accounts("ag", "card-ag", 20, 0, 150, AGENTIC);
        for (int i = 0; i < 30; i++) {
            accounts("class" + i, "student-card-" + i, 1, 10, 60, BROAD);
        }

        assertThat(split()).hasSize(1);
    }

    @Test
    void aSmallCardGroupWithTooLittleTrafficNeverStartsAnOperator() {
        accounts("ag", "card-ag", 20, 0, 150, AGENTIC);
        accounts("pair", "family-card", 2, 5, 40, TRACES);

        assertThat(split()).hasSize(1);
    }

    @Test
    void partIdsAreStableAndDistinctFromTheRoot() {
        long root = 0x1234L;
        assertThat(OperatorSplit.partKey(root, 99L)).isEqualTo(OperatorSplit.partKey(root, 99L))
                .isNotEqualTo(OperatorSplit.partKey(root, 98L)).isNotEqualTo(root).isNotZero();
    }
}

package org.hydraguard.sim.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hydraguard.core.model.Action;
import org.hydraguard.core.model.Campaign;
import org.hydraguard.core.model.Decision;
import org.hydraguard.core.model.EndUserRef;
import org.hydraguard.core.model.Label;
import org.junit.jupiter.api.Test;

class EvaluationTest {
    private static final Instant T0 = Instant.parse("2026-04-22T00:00:00Z");

    /**
     * c1 = a1, a2, a3 and end user u1 of the honest reseller r; c2 = b1, b2; h1..h4 and r are honest.
     * a1 is throttled at t10, a2 only monitored at t5 then blocked at t20, u1 blocked at t30; h1 is
     * challenged at t15 by mistake and allowed again at t16.
     */
    private static EvaluationResult scenario() {
        GroundTruth truth = GroundTruth.of(List.of(
                new Label("a1", "c1"), new Label("a2", "c1"), new Label("a3", "c1"),
                new Label("b1", "c2"), new Label("b2", "c2"),
                new Label("h1", "benign"), new Label("h2", "benign"), new Label("h3", "benign"),
                new Label("h4", "benign"), new Label("r", "benign"), new Label("r", "u1", "c1")));
        ActionHistory actions = new ActionHistory(Action.THROTTLE);
        actions.accept(decision("a1", null, Action.THROTTLE, 10));
        actions.accept(decision("a2", null, Action.MONITOR, 5));
        actions.accept(decision("a2", null, Action.BLOCK, 20));
        actions.accept(decision("h1", null, Action.ALLOW, 16));
        actions.accept(decision("h1", null, Action.CHALLENGE, 15));
        actions.accept(decision("r", "u1", Action.BLOCK, 30));
        List<Campaign> detected = List.of(
                campaign("K1", List.of("a1", "a2", "h2"), List.of(new EndUserRef("r", "u1"))),
                campaign("K2", List.of("b1", "b2"), List.of()));
        Evaluation evaluation = new Evaluation(truth, actions, detected);
        exchange(evaluation, "a1", null, 5, 10, 11);
        exchange(evaluation, "a2", null, 20, 21);
        exchange(evaluation, "a3", null, 1, 50);
        exchange(evaluation, "r", "u1", 2, 30, 31);
        exchange(evaluation, "r", "u2", 31);
        exchange(evaluation, "b1", null, 3);
        exchange(evaluation, "h1", null, 17);
        return evaluation.result(Map.of("c1", "the first lab"), null);
    }

    @Test
    void recallCountsSubjectsEverActionedAtOrAboveTheThreshold() {
        CampaignOutcome c1 = scenario().campaigns().get(0);
        assertThat(c1.actor()).isEqualTo("c1");
        assertThat(c1.name()).isEqualTo("the first lab");
        assertThat(c1.subjects()).isEqualTo(4);
        assertThat(c1.subjectsActioned()).isEqualTo(3);
        assertThat(c1.recall()).isEqualTo(0.75);
        CampaignOutcome c2 = scenario().campaigns().get(1);
        assertThat(c2.recall()).isZero();
        assertThat(c2.firstFlagged()).isNull();
        assertThat(c2.firstFlagDelay()).isNull();
    }

    @Test
    void accountsThatSentNothingAreCountedApartAsWellAsInRecall() {
        // b2 sent no exchange; u1 is labelled as an end user and sent through its reseller's account
        CampaignOutcome c1 = scenario().campaigns().get(0);
        assertThat(c1.silentSubjects()).isZero();
        assertThat(c1.activeRecall()).isEqualTo(c1.recall());
        CampaignOutcome c2 = scenario().campaigns().get(1);
        assertThat(c2.silentSubjects()).isEqualTo(1);
        assertThat(c2.silentActioned()).isZero();
        assertThat(c2.activeRecall()).isZero();

        // a silent account actioned through its sign-up links counts as actioned in both
        GroundTruth truth = GroundTruth.of(List.of(new Label("s1", "c3"), new Label("s2", "c3"), new Label("s3", "c3"),
                new Label("e", "c3")));
        ActionHistory actions = new ActionHistory(Action.THROTTLE);
        actions.accept(decision("s1", null, Action.BLOCK, 4));
        actions.accept(decision("s3", null, Action.BLOCK, 6));
        Evaluation evaluation = new Evaluation(truth, actions, List.of());
        exchange(evaluation, "s1", null, 3, 5);
        exchange(evaluation, "s2", null, 7);
        exchange(evaluation, "e", "sub", 8); // an end user of a labelled account makes the account active
        CampaignOutcome c3 = evaluation.result(Map.of(), null).campaigns().get(0);
        assertThat(c3.subjects()).isEqualTo(4);
        assertThat(c3.subjectsActioned()).isEqualTo(2);
        assertThat(c3.silentSubjects()).isEqualTo(1);
        assertThat(c3.silentActioned()).isEqualTo(1);
        assertThat(c3.recall()).isEqualTo(0.5);
        assertThat(c3.activeRecall()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(EvaluationTable.render(evaluation.result(Map.of(), null)))
                .contains("c3: 1 of its accounts sent no exchange (1 of them actioned); recall of the others 33.3%");
    }

    @Test
    void anExchangeAtTheDecisionInstantWasServed() {
        CampaignOutcome c1 = scenario().campaigns().get(0);
        // a1: t5, t10 served (t10 triggered the throttle), t11 not; a2: t20 served; a3 never actioned:
        // both; u1: t2, t30 served
        assertThat(c1.exchanges()).isEqualTo(10);
        assertThat(c1.exchangesBeforeAction()).isEqualTo(7);
        assertThat(c1.shareBeforeAction()).isEqualTo(0.7);
        // first flag t10: a1 t5, t10; a3 t1; u1 t2
        assertThat(c1.exchangesBeforeFirstFlag()).isEqualTo(4);
        assertThat(c1.firstSeen()).isEqualTo(T0.plusSeconds(1));
        assertThat(c1.firstFlagDelay()).isEqualTo(Duration.ofSeconds(9));
        CampaignOutcome c2 = scenario().campaigns().get(1);
        assertThat(c2.exchanges()).isEqualTo(1);
        assertThat(c2.exchangesBeforeAction()).isEqualTo(1);
    }

    @Test
    void precisionAndHonestSubjects() {
        EvaluationResult r = scenario();
        assertThat(r.actionedSubjects()).isEqualTo(4); // a1, a2, h1, r/u1
        assertThat(r.actionedInCampaigns()).isEqualTo(3);
        assertThat(r.precision()).isEqualTo(0.75);
        assertThat(r.benignSubjects()).isEqualTo(5);
        assertThat(r.honestActioned()).isEqualTo(1);
        assertThat(r.honestActionedAccounts()).isEqualTo(1);
        assertThat(r.honestActionedNow()).isZero(); // h1 was allowed again
        assertThat(r.honestRate()).isEqualTo(0.2);
        assertThat(r.honestExchangesAfterAction()).isEqualTo(1); // h1 at t17
        assertThat(r.exchanges()).isEqualTo(13);
    }

    @Test
    void membershipAgreement() {
        EvaluationResult r = scenario();
        // 11 subjects; index 3+1, truth pairs 6+1, predicted pairs 6+1, N = 55: ARI = 342/672
        assertThat(r.adjustedRandIndex()).isCloseTo(342.0 / 672, within(1e-12));
        assertThat(r.purity()).isCloseTo(5.0 / 6, within(1e-12));
        assertThat(r.campaigns().get(0).bestMatch()).isEqualTo("K1");
        assertThat(r.campaigns().get(0).bestMatchPrecision()).isEqualTo(0.75);
        assertThat(r.campaigns().get(1).bestMatch()).isEqualTo("K2");
        assertThat(r.campaigns().get(1).bestMatchPrecision()).isEqualTo(1.0);
        assertThat(r.detectedCampaigns()).isEqualTo(2);
    }

    @Test
    void anAccountDecisionOnAResellerActionsItsEndUsersAndCountsAsHonest() {
        GroundTruth truth = GroundTruth.of(List.of(new Label("r", "benign"), new Label("r", "u1", "c1")));
        ActionHistory actions = new ActionHistory(Action.THROTTLE);
        actions.accept(decision("r", null, Action.BLOCK, 10));
        Evaluation evaluation = new Evaluation(truth, actions, List.of());
        exchange(evaluation, "r", "u1", 5, 11);
        EvaluationResult r = evaluation.result(Map.of(), null);
        assertThat(r.campaigns().get(0).recall()).isEqualTo(1.0);
        assertThat(r.campaigns().get(0).exchangesBeforeAction()).isEqualTo(1);
        assertThat(r.honestActioned()).isEqualTo(1);
        assertThat(r.precision()).isZero();
    }

    @Test
    void emptyDenominatorsAreNotANumber() {
        Evaluation evaluation = new Evaluation(GroundTruth.of(List.of(new Label("h", "benign"))),
                new ActionHistory(Action.THROTTLE), List.of());
        EvaluationResult r = evaluation.result(Map.of(), null);
        assertThat(r.precision()).isNaN();
        assertThat(r.honestRate()).isZero();
        assertThat(r.campaigns()).isEmpty();
        assertThat(r.adjustedRandIndex()).isEqualTo(1.0);
    }

    @Test
    void aStricterThresholdIgnoresMilderActions() {
        ActionHistory actions = new ActionHistory(Action.BLOCK);
        actions.accept(decision("a", null, Action.CHALLENGE, 1));
        assertThat(actions.everActioned()).isEmpty();
        actions.accept(decision("a", null, Action.BLOCK, 2));
        assertThat(actions.firstActioned("a", null)).isEqualTo(T0.plusSeconds(2));
        assertThat(actions.firstActioned("a", "someone")).isEqualTo(T0.plusSeconds(2));
    }

    @Test
    void decisionChurnCountsChangesPerSubjectAndDay() {
        ActionHistory actions = new ActionHistory(Action.THROTTLE);
        Action[] flips = {Action.MONITOR, Action.ALLOW, Action.MONITOR, Action.ALLOW, Action.MONITOR, Action.ALLOW};
        for (int i = 0; i < flips.length; i++) {
            actions.accept(decision("flapper", null, flips[i], 60 * i)); // six changes within the same day
        }
        for (int day = 0; day < 6; day++) {
            actions.accept(decision("steady", null, day % 2 == 0 ? Action.MONITOR : Action.ALLOW, 86_400 * day)); // one a day
        }
        actions.accept(decision("reseller", "u1", Action.BLOCK, 5));

        DecisionChurn churn = actions.churn();
        assertThat(churn.decisions()).isEqualTo(13);
        assertThat(churn.subjects()).isEqualTo(3);
        assertThat(churn.busiestSubjectDay()).isEqualTo(6);
        assertThat(churn.churningSubjects()).as("only the subject that changed six times in one day").isEqualTo(1);
        EvaluationResult r = new Evaluation(GroundTruth.of(List.of(new Label("flapper", "benign"))), actions, List.of())
                .result(Map.of(), null);
        assertThat(EvaluationTable.render(r)).contains("decision churn:       13 decisions for 3 subjects; at most 6 for one subject in a day; "
                + "1 subjects changed more than 4 times in a day");
    }

    private static void exchange(Evaluation e, String account, String endUser, int... seconds) {
        for (int s : seconds) {
            e.acceptExchange(T0.plusSeconds(s), account, endUser);
        }
    }

    private static Decision decision(String account, String endUser, Action action, int second) {
        return new Decision(account, action, null, 0.5, List.of(), T0.plusSeconds(second), null, endUser);
    }

    private static Campaign campaign(String id, List<String> accounts, List<EndUserRef> endUsers) {
        return new Campaign(id, accounts, accounts.size(), 0, 0, 0, T0, T0, Map.of(), 0.9, List.of(), null, endUsers);
    }
}

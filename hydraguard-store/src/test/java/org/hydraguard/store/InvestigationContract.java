package org.hydraguard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.hydraguard.store.Fixtures.at;
import static org.hydraguard.store.Fixtures.campaign;
import static org.hydraguard.store.Fixtures.decision;
import static org.hydraguard.store.Fixtures.plainCampaign;

import java.util.List;
import org.hydraguard.core.model.Action;
import org.hydraguard.core.model.Campaign;
import org.junit.jupiter.api.Test;

/** What the investigator console relies on: campaigns, decisions, cases, the audit trail, the policy mode. */
abstract class InvestigationContract extends RecallContract {

    @Test
    void campaignsComeBackWhole() {
        Campaign rich = campaign("camp_rich", 0.93);
        store.saveCampaigns(List.of(rich));
        assertThat(store.investigation().campaign("camp_rich")).contains(rich);
        assertThat(store.investigation().campaign("camp_none")).isEmpty();
    }

    @Test
    void campaignQueueIsOrderedByRiskThenIdAndLimited() {
        store.saveCampaigns(List.of(plainCampaign("c_low", 0.2, 5), plainCampaign("c_b", 0.9, 40),
                plainCampaign("c_a", 0.9, 12), plainCampaign("c_mid", 0.5, 3)));

        assertThat(store.investigation().campaignsByRisk(3)).extracting(Campaign::campaignId).containsExactly("c_a", "c_b", "c_mid");
        assertThat(store.investigation().campaignsByRisk(100)).hasSize(4);
        assertThatThrownBy(() -> store.investigation().campaignsByRisk(0)).hasMessage("limit must be at least 1: 0");
    }

    @Test
    void savingCampaignsReplacesTheWholeSet() {
        store.saveCampaigns(List.of(plainCampaign("c_1", 0.5, 2), plainCampaign("c_2", 0.6, 2)));
        store.saveCampaigns(List.of(plainCampaign("c_2", 0.7, 9), plainCampaign("c_3", 0.1, 2)));

        assertThat(store.investigation().campaign("c_1")).isEmpty();
        assertThat(store.investigation().campaign("c_2").orElseThrow().accountCount()).isEqualTo(9);
        assertThat(store.investigation().campaignsByRisk(10)).extracting(Campaign::campaignId).containsExactly("c_2", "c_3");
        assertThatThrownBy(() -> store.saveCampaigns(List.of(plainCampaign("c_9", 0.1, 1), plainCampaign("c_9", 0.2, 1))))
                .hasMessage("campaign id c_9 appears twice in one set");
        assertThat(store.investigation().campaignsByRisk(10)).hasSize(2);
    }

    @Test
    void latestDecisionIsPerAccountOrPerEndUser() {
        store.recordDecision(decision("acct_1", null, Action.MONITOR, 10));
        store.recordDecision(decision("acct_1", null, Action.BLOCK, 30));
        store.recordDecision(decision("acct_1", null, Action.THROTTLE, 20)); // recorded late, decided earlier
        store.recordDecision(decision("acct_1", "eu_7", Action.CHALLENGE, 40));
        store.recordDecision(decision("acct_2", null, Action.ALLOW, 50));

        assertThat(store.investigation().latestDecision("acct_1", null)).contains(decision("acct_1", null, Action.BLOCK, 30));
        assertThat(store.investigation().latestDecision("acct_1", "eu_7")).contains(decision("acct_1", "eu_7", Action.CHALLENGE, 40));
        assertThat(store.investigation().latestDecision("acct_1", "eu_other")).isEmpty();
        assertThat(store.investigation().latestDecision("acct_3", null)).isEmpty();
        assertThat(store.investigation().decisionsFor("acct_1")).extracting(d -> d.action())
                .containsExactly(Action.MONITOR, Action.THROTTLE, Action.BLOCK, Action.CHALLENGE);
    }

    @Test
    void accountsDecidedUnderACampaignIdAreDistinctAndInOrder() {
        store.recordDecision(decision("acct_2", null, Action.MONITOR, 10));
        store.recordDecision(decision("acct_1", null, Action.BLOCK, 20));
        store.recordDecision(decision("acct_2", "eu_7", Action.THROTTLE, 30));
        store.recordDecision(decision("acct_3", null, Action.ALLOW, 40)); // allow decisions name no campaign

        assertThat(store.investigation().accountsDecidedUnder("camp_1", 10)).containsExactly("acct_1", "acct_2");
        assertThat(store.investigation().accountsDecidedUnder("camp_1", 1)).containsExactly("acct_1");
        assertThat(store.investigation().accountsDecidedUnder("camp_9", 10)).isEmpty();
    }

    @Test
    void caseWorkflowIsAuditedStepByStep() {
        CaseRecord opened = store.openCase("camp_1", "alice", at(100));
        assertThat(opened.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(opened.closedBy()).isNull();

        store.addNote(opened.caseId(), "bob", at(200), "same payment fingerprint on 40 accounts");
        CaseRecord confirmed = store.confirm(opened.caseId(), "alice", at(300), "matches the June pattern");

        assertThat(confirmed).isEqualTo(new CaseRecord(opened.caseId(), "camp_1", CaseStatus.CONFIRMED, "alice", at(100),
                "alice", at(300), List.of(new CaseNote("bob", at(200), "same payment fingerprint on 40 accounts"),
                        new CaseNote("alice", at(300), "matches the June pattern"))));
        assertThat(store.investigation().caseFor("camp_1")).contains(confirmed);
        long id = opened.caseId();
        assertThat(store.investigation().auditTrail(confirmed.auditSubject()))
                .extracting(AuditEntry::who, AuditEntry::at, AuditEntry::action, AuditEntry::detail)
                .containsExactly(
                        tuple("alice", at(100), "case.open", "case " + id + " opened"),
                        tuple("bob", at(200), "case.note",
                                "case " + id + " note: same payment fingerprint on 40 accounts"),
                        tuple("alice", at(300), "case.confirm",
                                "case " + id + " confirmed: matches the June pattern"));
    }

    @Test
    void aDecidedCaseCannotBeDecidedAgainAndTheFailedAttemptLeavesNoTrace() {
        CaseRecord k = store.openCase("camp_2", "alice", at(1));
        store.dismiss(k.caseId(), "carol", at(2), null);

        assertThatThrownBy(() -> store.confirm(k.caseId(), "mallory", at(3), "overrule"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("cannot confirm case " + k.caseId() + ": it is already DISMISSED (by carol at "
                        + at(2) + "); only an OPEN case can be decided");
        assertThat(store.investigation().caseFor("camp_2").orElseThrow().notes()).isEmpty();
        assertThat(store.investigation().auditTrail("campaign:camp_2")).extracting(AuditEntry::action)
                .containsExactly("case.open", "case.dismiss");
    }

    @Test
    void oneCasePerCampaignAndUnknownCasesAreNamed() {
        CaseRecord k = store.openCase("camp_3", "alice", at(1));
        assertThatThrownBy(() -> store.openCase("camp_3", "bob", at(2)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("campaign camp_3 already has case " + k.caseId() + " (OPEN, opened by alice at " + at(1) + ")");
        assertThatThrownBy(() -> store.addNote(987_654, "bob", at(2), "hello"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("there is no case 987654");
        assertThatThrownBy(() -> store.addNote(k.caseId(), "bob", at(2), " "))
                .hasMessage("text must be a non-blank text: ' '");
        assertThat(store.investigation().caseFor("camp_none")).isEmpty();
        assertThat(store.investigation().auditTrail("campaign:camp_3")).hasSize(1);
    }

    @Test
    void auditTrailIsPerSubjectInWriteOrder() {
        store.audit("alice", at(5), "export", "campaign:c1", "evidence pack exported");
        store.audit("bob", at(1), "view", "campaign:c2", null);
        store.audit("carol", at(3), "view", "campaign:c1", "");

        List<AuditEntry> trail = store.investigation().auditTrail("campaign:c1");
        assertThat(trail).extracting(AuditEntry::who).containsExactly("alice", "carol");
        assertThat(trail.get(0).sequence()).isLessThan(trail.get(1).sequence());
        assertThat(store.investigation().auditTrail("campaign:c2").get(0).detail()).isEmpty();
        assertThatThrownBy(() -> store.audit(" ", at(1), "view", "x", "")).hasMessage("who must be a non-blank text: ' '");
    }

    @Test
    void policyModeStartsInShadowAndEveryChangeIsAudited() {
        assertThat(store.policyMode()).isEqualTo(PolicyMode.SHADOW);
        store.setPolicyMode(PolicyMode.ENFORCE, "alice", at(10));
        store.setPolicyMode(PolicyMode.SHADOW, "bob", at(20));
        store.setPolicyMode(PolicyMode.ENFORCE, "alice", at(30));

        assertThat(store.policyMode()).isEqualTo(PolicyMode.ENFORCE);
        assertThat(store.investigation().auditTrail("policy")).extracting(AuditEntry::who, AuditEntry::detail).containsExactly(
                tuple("alice", "shadow -> enforce"),
                tuple("bob", "enforce -> shadow"),
                tuple("alice", "shadow -> enforce"));
    }
}

package org.hydraguard.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.hydraguard.core.link.Cohort;
import org.hydraguard.core.model.Action;
import org.hydraguard.core.model.Capability;
import org.hydraguard.core.model.Exchange;
import org.hydraguard.core.policy.Detection;
import org.hydraguard.core.policy.Policy;
import org.hydraguard.core.profile.SubjectProfile;
import org.hydraguard.core.signal.ExchangeSignals;
import org.hydraguard.core.signal.Skeleton;
import org.junit.jupiter.api.Test;

/** Campaign-level counting of a subject's uses, and linking of wrapper families contained in a campaign. */
class CampaignCountingTest {
    private final EngineState state = new EngineState(10);
    private final Policy policy = Policy.defaults();
    private final CohortScoring scoring = new CohortScoring(state, policy, new Enforcer(state, policy));

    private Cohort cohort(long key, Action action, double score) {
        Cohort c = new Cohort(key);
        c.action = action;
        c.score = score;
        state.cohorts.put(key, c);
        return c;
    }

    private void members(Cohort c, int from, int n) {
        for (int i = from; i < from + n; i++) {
            SubjectProfile p = state.subject("acct-" + i, null);
            if (p.join(c.key)) {
                c.addMember(p.index);
            }
        }
    }

    @Test
    void usesOfAFamilyLinkedIntoASuspiciousCampaignAreCountedAtTheCampaign() {
        cohort(100L, Action.THROTTLE, 0.7);
        cohort(200L, Action.ALLOW, 0.1);
        state.forest.union(100L, 200L, state::foundedMs);
        state.campaignsChanged();
        long root = state.forest.find(200L);
        assertThat(state.countingKey(200L)).isEqualTo(root);
        assertThat(state.countingKey(100L)).isEqualTo(root);
        assertThat(state.countingKey(300L)).as("a family in no campaign counts as itself").isEqualTo(300L);
        assertThat(state.campaignScore(200L)).isEqualTo(0.7);
    }

    @Test
    void familiesOfACampaignThatIsNotSuspiciousCountAsThemselves() {
        cohort(100L, Action.ALLOW, 0.3);
        cohort(200L, Action.ALLOW, 0.1);
        state.forest.union(100L, 200L, state::foundedMs);
        state.campaignsChanged();
        assertThat(state.countingKey(200L)).isEqualTo(200L);
        assertThat(state.campaignScore(200L)).isZero();
    }

    @Test
    void campaignScoreFollowsRescoring() {
        Cohort a = cohort(100L, Action.THROTTLE, 0.7);
        assertThat(state.campaignScore(100L)).isEqualTo(0.7);
        a.action = Action.ALLOW;
        a.score = 0.2;
        state.campaignsChanged();
        assertThat(state.campaignScore(100L)).isZero();
    }

    @Test
    void aSmallWrapperFamilyUsedAlmostOnlyByCampaignMembersIsContained() {
        Cohort big = cohort(1L, Action.THROTTLE, 0.7);
        members(big, 0, 60);
        Cohort small = cohort(2L, Action.ALLOW, 0.1);
        members(small, 0, 9);
        members(small, 500, 1);  // one outsider among ten
        assertThat(scoring.containedIn(small, big)).isTrue();
    }

    @Test
    void honestTemplateThatCampaignAccountsUseAsCoverIsNotContained() {
        // a coding tool's wrapper: hundreds of honest users, a few campaign accounts among them
        Cohort big = cohort(1L, Action.THROTTLE, 0.7);
        members(big, 0, 60);
        Cohort popular = cohort(3L, Action.ALLOW, 0.1);
        members(popular, 0, 5);
        members(popular, 1000, 300);
        assertThat(scoring.containedIn(popular, big)).isFalse();
        // a small honest group (a class's starter prompt) with two campaign accounts in it
        Cohort classroom = cohort(4L, Action.ALLOW, 0.1);
        members(classroom, 0, 2);
        members(classroom, 2000, 8);
        assertThat(scoring.containedIn(classroom, big)).isFalse();
    }

    @Test
    void aSecondLargeGroupInsideACampaignFamilyIsNotASliver() {
        // one operator's whole wrapper cohort sitting inside a family of generic continuations shared
        // with another operator is not absorbed by containment
        Cohort shared = cohort(1L, Action.THROTTLE, 0.7);
        members(shared, 0, 100);
        Cohort operator = cohort(5L, Action.ALLOW, 0.1);
        members(operator, 0, 60);
        assertThat(scoring.containedIn(operator, shared)).isFalse();
    }

    @Test
    void tooFewMembersAreNeverContained() {
        Cohort big = cohort(1L, Action.THROTTLE, 0.7);
        members(big, 0, 60);
        Cohort tiny = cohort(6L, Action.ALLOW, 0.1);
        members(tiny, 0, 4);
        assertThat(scoring.containedIn(tiny, big)).isFalse();
    }

    @Test
    void aMemberOfASuspiciousCohortNeedsAThirdOfTheShare() {
        Cohort campaign = cohort(1L, Action.THROTTLE, 0.7);
        members(campaign, 0, 10);
        SubjectProfile member = state.subject("acct-0", null);
        double full = policy.detection().minShare();
        assertThat(shareBar(member, 1L)).isEqualTo(full / 3);
    }

    @Test
    void anHonestUserWhoOnlySentTheCampaignsPhrasingIsNotAMemberAndKeepsTheFullBar() {
        Cohort campaign = cohort(1L, Action.THROTTLE, 0.7);
        members(campaign, 0, 10);
        SubjectProfile honest = state.subject("student", null);
        honest.templates.add(1L);
        honest.templates.add(1L);
        assertThat(shareBar(honest, 1L)).isEqualTo(policy.detection().minShare());
    }

    @Test
    void membershipOfACohortThatIsNotSuspiciousDoesNotLowerTheBar() {
        // a classroom's shared starter prompt: members, but the cohort was never scored suspicious
        Cohort classroom = cohort(7L, Action.ALLOW, 0.2);
        members(classroom, 0, 30);
        SubjectProfile student = state.subject("acct-3", null);
        assertThat(state.memberOfSuspicious(student, state.forest.find(7L))).isFalse();
        assertThat(shareBar(student, 7L)).isEqualTo(policy.detection().minShare());
    }

    @Test
    void membershipOfAnotherCampaignDoesNotLowerTheBar() {
        Cohort a = cohort(1L, Action.THROTTLE, 0.7);
        members(a, 0, 10);
        cohort(2L, Action.THROTTLE, 0.7);
        SubjectProfile p = state.subject("acct-1", null);
        assertThat(shareBar(p, 2L)).isEqualTo(policy.detection().minShare());
    }

    /**
     * Hysteresis on the count: a member the enforcer already holds needs half the entry count of
     * matching exchanges, as it needs half the share. The per-subject counts are a Misra-Gries summary,
     * which under-counts a campaign's templates among many others (an operator's cover traffic), so a
     * member just actioned at the entry count of 3 can show 2 after its next exchange.
     */
    @Test
    void aHeldMemberNeedsHalfTheEntryCountAsItNeedsHalfTheShare() {
        Cohort campaign = cohort(1L, Action.THROTTLE, 0.7);
        members(campaign, 0, 10);
        SubjectProfile member = state.subject("acct-0", null);
        for (int i = 0; i < 12; i++) {
            member.update(Exchange.builder().id("e" + i).ts(Instant.EPOCH.plusSeconds(60L * i)).accountId("acct-0")
                    .ip("10.0.0.1").api("openai.chat").model("m").prompt("p" + i).build(), SIGNALS, false);
        }
        long root = state.forest.find(1L);
        Detection d = policy.detection();
        // 2 of 12 exchanges (17 %): above the held share bar, below the entry count of 3
        assertThat(state.memberByTemplates(member, root, 2, d, 1)).isFalse();
        assertThat(state.memberByTemplates(member, root, 2, d, Enforcer.STAY_SHARE)).isTrue();
        assertThat(state.memberByTemplates(member, root, 1, d, Enforcer.STAY_SHARE)).isFalse();
    }

    private static final ExchangeSignals SIGNALS = new ExchangeSignals(0.9, Capability.MATH_REASONING, 0.8, 0.8,
            Skeleton.NONE, 2, 0);

    /** The share bar the enforcer applies to the subject for the campaign rooted at the cohort's tree. */
    private double shareBar(SubjectProfile p, long cohortKey) {
        long root = state.forest.find(cohortKey);
        return state.memberShareBar(p, root, policy.detection().minShare(), state.aged(p, root));
    }
}

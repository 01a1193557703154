package org.hydraguard.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hydraguard.core.model.Action;
import org.hydraguard.core.model.Campaign;
import org.hydraguard.core.model.Decision;
import org.hydraguard.core.model.Exchange;
import org.hydraguard.core.policy.Policy;
import org.junit.jupiter.api.Test;

class DetectionEngineTest {

    @Test
    void campaignIsActionedWhileEveryHonestLookAlikeIsNot() {
        SyntheticStream s = SyntheticStream.world(7, true);
        Runs r = new Runs(Policy.defaults()).feed(s);

        assertThat(r.actionedHonest(s)).isEmpty();
        assertThat(r.actionedWith(s, SyntheticStream.CAMPAIGN)).hasSize((int) r.count(s, SyntheticStream.CAMPAIGN));
    }

    @Test
    void campaignIsOneCampaignWithEvidenceAndReresellerEndUsers() {
        SyntheticStream s = SyntheticStream.world(7, true);
        Runs r = new Runs(Policy.defaults()).feed(s);

        List<Campaign> campaigns = r.engine.campaigns();
        assertThat(campaigns).hasSize(1);
        assertEveryActionedSubjectIsInAReportedCampaign(r);
        Campaign c = campaigns.get(0);
        assertThat(c.campaignId()).startsWith("cmp-");
        assertThat(c.accounts()).allMatch(a -> a.startsWith("dist"));
        assertThat(c.accountCount()).isEqualTo(48);
        assertThat(c.endUsers()).extracting(e -> e.endUserId()).containsExactly("bad0", "bad1");
        assertThat(c.evidence()).isNotEmpty().allMatch(e -> !e.examples().isEmpty());
        assertThat(c.capabilities()).containsKey("software_engineering");
        assertThat(r.engine.decisionFor("reseller", null).action()).isEqualTo(Action.ALLOW);
        assertThat(r.engine.decisionFor("reseller", "bad0").action().restricts()).isTrue();
        assertThat(r.engine.decisionFor("reseller", "bad0").endUserId()).isEqualTo("bad0");
    }

    @Test
    void campaignAccountsAreActionedEarly() {
        SyntheticStream s = SyntheticStream.world(7, true);
        Runs r = new Runs(Policy.defaults()).feed(s);

        for (String k : r.actionedWith(s, SyntheticStream.CAMPAIGN)) {
            assertThat(r.servedBefore.get(k)).as("exchanges served before %s was actioned", k).isLessThanOrEqualTo(20);
        }
        assertThat(r.decisions).allMatch(d -> d.decidedAt() != null);
    }

    @Test
    void campaignOnOldAccountsWokenInWavesIsFoundAndReturningUsersAreNot() {
        SyntheticStream s = new SyntheticStream(17, 10);
        s.honest(200);
        s.codingTool(60);
        s.returningToolUsers(40);
        s.campusNat(25);
        s.classroom(25);
        s.evalHarness(4);
        s.agedCampaign(48, "W-AGED", 3);
        s.sort();
        Runs r = new Runs(Policy.defaults()).feed(s);

        assertThat(r.actionedHonest(s)).isEmpty();
        assertThat(r.actionedWith(s, SyntheticStream.CAMPAIGN)).hasSizeGreaterThanOrEqualTo(45);
        assertThat(r.engine.campaigns()).hasSize(1);
        assertThat(r.engine.campaigns().get(0).accounts()).allMatch(a -> a.startsWith("aged"));
        // the last wave is woken (day 6.5) after the campaign was found: old as they are, they had sent
        // nothing before it, so they get a newcomer's bar (3 exchanges), not an aged account's (12)
        for (int i = 2; i < 48; i += 3) {
            assertThat(r.servedBefore.get("agedW-AGED" + i)).as("served before aged%d was actioned", i).isLessThanOrEqualTo(4);
        }
    }

    @Test
    void withoutCampaignNobodyIsRestricted() {
        SyntheticStream s = SyntheticStream.world(11, false);
        Runs r = new Runs(Policy.defaults()).feed(s);

        assertThat(r.restricted).isEmpty();
        assertThat(r.engine.campaigns()).isEmpty();
    }

    @Test
    void campaignRotatingManyWrappersIsOneCampaignAndLookAlikesStaySafe() {
        SyntheticStream s = new SyntheticStream(13, 21);
        s.honest(150);
        s.codingTool(60);
        s.classroom(25);
        s.weeklyClassroom(30, 3);
        s.evalHarness(4);
        s.rotatedCampaign(40, "W-ROT", 30, 0, 3);
        s.sort();
        Runs r = new Runs(Policy.defaults()).feed(s);

        assertThat(r.actionedHonest(s)).isEmpty();
        assertThat(r.actionedWith(s, SyntheticStream.CAMPAIGN)).hasSize(40);
        List<Campaign> campaigns = r.engine.campaigns();
        assertThat(campaigns).hasSize(1);
        assertThat(campaigns.get(0).accounts()).hasSize(40).allMatch(a -> a.startsWith("distW-ROT"));
        assertThat(campaigns.get(0).evidence()).extracting(e -> e.signal()).contains("skeleton_cohort", "purpose", "coordination");
        assertEveryActionedSubjectIsInAReportedCampaign(r);
    }

    /** What enforcement did and what the campaigns report must agree, also after campaigns merged. */
    private static void assertEveryActionedSubjectIsInAReportedCampaign(Runs r) {
        java.util.Map<String, org.hydraguard.core.model.Decision> latest = new java.util.HashMap<>();
        for (org.hydraguard.core.model.Decision d : r.decisions) {
            latest.put(d.accountId() + "/" + d.endUserId(), d);
        }
        java.util.Set<String> reported = new java.util.HashSet<>();
        for (Campaign c : r.engine.campaigns()) {
            c.accounts().forEach(a -> reported.add(a + "/null"));
            c.endUsers().forEach(u -> reported.add(u.accountId() + "/" + u.endUserId()));
        }
        latest.forEach((subject, d) -> {
            if (d.action().restricts() && d.campaignId() != null) {
                assertThat(reported).as("actioned for %s but in no reported campaign", d.campaignId()).contains(subject);
            }
        });
    }

    @Test
    void courseWhoseStudentsAllPasteTheWeeksAssignmentIsNeverRestricted() {
        SyntheticStream s = SyntheticStream.world(53, true);
        s.course(50, 4);
        s.sort();
        Runs r = new Runs(Policy.defaults()).feed(s);

        assertThat(r.actionedHonest(s)).isEmpty();
        assertThat(r.actionedWith(s, SyntheticStream.CAMPAIGN)).hasSize((int) r.count(s, SyntheticStream.CAMPAIGN));
    }

    /**
     * A wrapper with an opening and a closing paragraph matches two of the campaign's templates in
     * every exchange. A member's reason counts those matches, which can outnumber its exchanges, and
     * never claims more than all of its traffic.
     */
    @Test
    void reasonsCountTemplateMatchesAndNeverClaimMoreThanAllTraffic() {
        SyntheticStream s = new SyntheticStream(61, 10);
        s.honest(200);
        s.codingTool(60);
        s.campaign(48, "W-OPEN|W-CLOSE", 0, 3);
        s.sort();
        Runs r = new Runs(Policy.defaults()).feed(s);

        Pattern counted = Pattern.compile("this subject's (\\d+) exchanges matched the campaign's prompt templates (\\d+) times \\((\\d+)% of its traffic\\)");
        List<Matcher> reasons = r.decisions.stream().flatMap(d -> d.reasons().stream())
                .map(counted::matcher).filter(Matcher::find).toList();
        assertThat(r.actionedWith(s, SyntheticStream.CAMPAIGN)).hasSizeGreaterThanOrEqualTo(45);
        assertThat(reasons).isNotEmpty()
                .anyMatch(m -> Integer.parseInt(m.group(2)) > Integer.parseInt(m.group(1)))
                .allMatch(m -> Integer.parseInt(m.group(3)) <= 100);
    }

    /**
     * A campaign that also sends items in a popular extraction format unites that format with its own
     * wrappers. The old customers whose batch jobs have always sent it, and nothing else, are not its
     * accounts: their own traffic is not distillation-like. Nor are old research accounts that send a
     * fifth of their (distillation-like) traffic in it: an aged account needs the full share.
     */
    @Test
    void oldCustomersWhoseBatchJobsSendATaskFormatTheCampaignAlsoUsesAreNotActioned() {
        SyntheticStream s = new SyntheticStream(67, 10);
        s.honest(200);
        s.codingTool(60);
        s.batchJobs(12, "W-EXTRACT");
        s.researchersAlsoSending(10, "W-EXTRACT", 0.2);
        s.campaignAlsoSending(48, "W-OWN", 3, "W-EXTRACT", 0.3);
        s.sort();
        Runs r = new Runs(Policy.defaults()).feed(s);

        assertThat(r.actionedWith(s, SyntheticStream.CAMPAIGN)).hasSizeGreaterThanOrEqualTo(45);
        assertThat(r.actionedHonest(s)).isEmpty();
    }

    /**
     * A campaign whose accounts send most of their traffic as cover through thirty popular apps'
     * wrappers is still found, without the apps' users, and its members are not released while they
     * keep sending it, although the per-account summary under-counts their campaign templates among
     * so many others (the count-bar hysteresis itself is tested in {@code CampaignCountingTest}).
     */
    @Test
    void campaignHidingInPopularAppsWrappersIsFoundWithoutTheAppsUsers() {
        SyntheticStream s = new SyntheticStream(71, 10);
        s.honest(200);
        s.appUsers(300, 30);
        s.campaignWithAppCover(48, "W-OWN", 3, 0.35, 30);
        s.sort();
        Runs r = new Runs(Policy.defaults()).feed(s);

        assertThat(r.actionedWith(s, SyntheticStream.CAMPAIGN)).hasSizeGreaterThanOrEqualTo(40);
        assertThat(r.actionedHonest(s)).isEmpty();
        Map<String, List<Action>> actions = new HashMap<>();
        for (Decision d : r.decisions) {
            actions.computeIfAbsent(Exchange.subjectKey(d.accountId(), d.endUserId()), k -> new ArrayList<>()).add(d.action());
        }
        List<String> released = actions.entrySet().stream()
                .filter(e -> SyntheticStream.CAMPAIGN.equals(s.labels.get(e.getKey())) && releasedAfterRestriction(e.getValue()))
                .map(Map.Entry::getKey).toList();
        assertThat(released).as("campaign accounts released after a restriction").isEmpty();
    }

    private static boolean releasedAfterRestriction(List<Action> actions) {
        boolean restricted = false;
        for (Action a : actions) {
            restricted |= a.restricts();
            if (restricted && a == Action.ALLOW) {
                return true;
            }
        }
        return false;
    }

    @Test
    void unknownSubjectIsAllowedWithoutReasons() {
        Runs r = new Runs(Policy.defaults());
        assertThat(r.engine.decisionFor("nobody", null).action()).isEqualTo(Action.ALLOW);
        assertThat(r.engine.decisionFor("nobody", null).reasons()).isEmpty();
    }
}

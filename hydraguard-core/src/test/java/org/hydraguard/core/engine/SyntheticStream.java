package org.hydraguard.core.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.hydraguard.core.model.Account;
import org.hydraguard.core.model.Capability;
import org.hydraguard.core.model.Exchange;

/**
 * A small deterministic world for engine tests: honest users, the honest look-alikes of a
 * campaign (campus NAT, classroom cohort, evaluation harness, reseller, coding-tool users, batch
 * job) and optionally a distillation campaign in waves, some of it through the reseller's end users.
 * Signals are written into prompts for {@link TaggedSignals}.
 */
final class SyntheticStream {
    static final Instant T0 = Instant.parse("2026-04-22T00:00:00Z");
    static final String CAMPAIGN = "campaign";
    final List<Account> accounts = new ArrayList<>();
    final List<Exchange> exchanges = new ArrayList<>();
    /** subject key (account, or account + US + end user) -> actor ("benign", "campaign", or a look-alike name). */
    final Map<String, String> labels = new HashMap<>();
    private final Random rnd;
    private final int days;
    private int seq;

    SyntheticStream(long seed, int days) {
        this.rnd = new Random(seed);
        this.days = days;
    }

    static SyntheticStream world(long seed, boolean withCampaign) {
        SyntheticStream s = new SyntheticStream(seed, 10);
        s.honest(200);
        s.codingTool(60);
        s.campusNat(25);
        s.classroom(25);
        s.evalHarness(4);
        s.reseller(30);
        s.batchJob();
        if (withCampaign) {
            s.campaign(48, "W-DIST", 0, 3);
        }
        s.exchanges.sort(Comparator.comparing(Exchange::ts).thenComparing(Exchange::id));
        return s;
    }

    void honest(int n) {
        for (int i = 0; i < n; i++) {
            String id = "h" + i;
            account(id, T0.minus(Duration.ofDays(30 + rnd.nextInt(1500))), null, "pay-h" + i, "mail" + (i % 7) + ".example", "10." + i + ".0.1", false, true);
            double rate = 2 + 40 * Math.pow(rnd.nextDouble(), 3);
            String ip = "10." + i + ".0.1";
            traffic(id, null, null, ip, "none", rate, 0, days, i2 -> free(rnd.nextDouble() * 0.4, rnd.nextDouble() * 0.5), 3, 0);
            labels.put(id, "benign");
        }
    }

    void codingTool(int n) {
        for (int i = 0; i < n; i++) {
            String id = "tool" + i;
            account(id, T0.minus(Duration.ofDays(20 + rnd.nextInt(1000))), null, "pay-t" + i, "dev" + i + ".example", "20." + i + ".0.1", false, true);
            double rate = 5 + 80 * Math.pow(rnd.nextDouble(), 3);
            traffic(id, null, null, "20." + i + ".0.1", i % 10 == 0 ? "vpn" : "none", rate, 0, days,
                    k -> "r=0.5;t=0.5;o=0.7;c=" + (k % 2 == 0 ? "SOFTWARE_ENGINEERING" : "AGENTIC") + ";w=W-TOOL;u=" + seq, 6, 8);
            labels.put(id, "benign");
        }
    }

    void campusNat(int n) {
        for (int i = 0; i < n; i++) {
            String id = "nat" + i;
            account(id, T0.minus(Duration.ofDays(100 + rnd.nextInt(700))), null, "pay-n" + i, "uni.example", "30.0.0." + i, false, true);
            traffic(id, null, null, "30.0.0.1", "none", 3 + rnd.nextInt(20), 0, days,
                    k -> free(0.3 + 0.5 * rnd.nextDouble(), 0.3 + 0.5 * rnd.nextDouble()), 1, 0);
            labels.put(id, "benign");
        }
    }

    void classroom(int n) {
        Instant created = T0.plus(Duration.ofHours(30));
        for (int i = 0; i < n; i++) {
            String id = "class" + i;
            account(id, created.plus(Duration.ofMinutes(i)), null, null, "college.example", "40.0.0." + i, false, true, "education");
            long start = created.toEpochMilli() + 3_600_000L;
            for (int k = 0; k < 3; k++) {
                exchange(id, null, null, Instant.ofEpochMilli(start + k * 600_000L + i * 1000L), "40.0.0.9", "none",
                        "r=0.9;t=0.9;o=0.5;c=MATH_REASONING;w=W-CLASS;u=assignment", 1, 0);
            }
            traffic(id, null, null, "40.0.0.9", "none", 2 + rnd.nextInt(3), 2, days, k -> free(0.2, 0.3), 2, 0);
            labels.put(id, "benign");
        }
    }

    void evalHarness(int n) {
        for (int i = 0; i < n; i++) {
            String id = "eval" + i;
            account(id, T0.minus(Duration.ofDays(3)), "org-evals", "pay-eval", "lab.example", "50.0.0.1", true, true);
            traffic(id, "org-evals", null, "50.0.0.1", "datacenter", 60, 0, days,
                    k -> "r=0.9;t=0.95;o=0.9;c=MATH_REASONING;w=W-EVAL;u=item" + (k % 25), 1, 0);
            labels.put(id, "benign");
        }
    }

    void reseller(int endUsers) {
        account("reseller", T0.minus(Duration.ofDays(400)), "org-router", "pay-r", "router.example", "60.0.0.1", true, true);
        for (int u = 0; u < endUsers; u++) {
            traffic("reseller", "org-router", "eu" + u, "60.0.0." + (u % 4), "datacenter", 3 + rnd.nextInt(15), 0, days,
                    k -> free(0.4 * rnd.nextDouble(), 0.6 * rnd.nextDouble()), 2, 0);
            labels.put("reseller\u001feu" + u, "benign");
        }
        labels.put("reseller", "benign");
    }

    void batchJob() {
        account("batch", T0.minus(Duration.ofDays(200)), null, "pay-b", "corp.example", "70.0.0.1", true, true);
        traffic("batch", null, null, "70.0.0.1", "datacenter", 200, 0, days, k -> "r=0.1;t=0.6;o=0.3;c=OTHER;w=W-BATCH;u=" + seq, 1, 0);
        labels.put("batch", "benign");
    }

    /** A distillation campaign: accounts in waves every three days, paraphrased wrapper, proxies, shared payments. */
    void campaign(int n, String wrapper, int startDay, int waves) {
        for (int i = 0; i < n; i++) {
            String id = "dist" + wrapper + i;
            int wave = i % waves;
            Instant created = T0.plus(Duration.ofDays(startDay + 3L * wave)).plus(Duration.ofMinutes(rnd.nextInt(600)));
            account(id, created, null, "pay-d" + (i % 6), "mailbox" + wrapper + ".example", "80.1." + wave + "." + i, false, false);
            double from = (created.toEpochMilli() - T0.toEpochMilli()) / 86_400_000.0 + 0.05;
            trafficCampaign(id, null, wrapper, from, 26);
            labels.put(id, CAMPAIGN);
        }
        for (int u = 0; u < 2; u++) {
            trafficCampaign("reseller", "bad" + u, wrapper, startDay + 1.0, 26);
            labels.put("reseller\u001fbad" + u, CAMPAIGN);
        }
    }

    /**
     * A campaign run on bought or long-dormant accounts: each was created 200-900 days before the
     * stream and sends nothing until its wave is woken, from day 2.5 on, every two days. No shared
     * card (one each) and only webmail domains that honest users share: what sets it apart is that
     * its old accounts all became active while it ran, and how they behave.
     */
    void agedCampaign(int n, String wrapper, int waves) {
        for (int i = 0; i < n; i++) {
            String id = "aged" + wrapper + i;
            int wave = i % waves;
            account(id, T0.minus(Duration.ofDays(200 + rnd.nextInt(700))), null, "pay-aged" + i, "mail" + (i % 7) + ".example",
                    "84." + rnd.nextInt(250) + "." + rnd.nextInt(250) + ".3", false, false);
            trafficCampaign(id, null, wrapper, 2.5 + 2.0 * wave + rnd.nextDouble() * 0.2, 26);
            labels.put(id, CAMPAIGN);
        }
    }

    /**
     * Old accounts of a coding tool's users who come back mid-stream (from day 3 on, each on its own
     * day): like a dormant campaign they first appear while the stream runs, unlike one they keep
     * their home lines and verified sign-ups and have heavy-tailed volumes.
     */
    void returningToolUsers(int n) {
        for (int i = 0; i < n; i++) {
            String id = "back" + i;
            account(id, T0.minus(Duration.ofDays(100 + rnd.nextInt(1000))), null, "pay-back" + i, "dev" + (100 + i) + ".example",
                    "21." + i + ".0.1", true, true);
            double rate = 5 + 80 * Math.pow(rnd.nextDouble(), 3);
            traffic(id, null, null, "21." + i + ".0.1", "none", rate, 3 + rnd.nextDouble() * (days - 4), days,
                    k -> "r=0.6;t=0.6;o=0.7;c=" + (k % 2 == 0 ? "SOFTWARE_ENGINEERING" : "AGENTIC") + ";w=W-TOOL;u=" + seq, 6, 8);
            labels.put(id, "benign");
        }
    }

    /**
     * A campaign that rotates among {@code wrappers} unrelated wrappers (no two share a band): each
     * account spreads its traffic over all of them, so no single wrapper holds a real share of it.
     */
    void rotatedCampaign(int n, String prefix, int wrappers, int startDay, int waves) {
        rotatedCampaign(n, prefix, wrappers, startDay, waves, 40, "80.2.", null, 1, 0);
    }

    /**
     * A campaign rotating {@code wrappers} wrappers of its own, {@code rate} exchanges a day per account,
     * that also sends {@code sharedShare} of its traffic in {@code shared} (no draw for it when null).
     */
    private void rotatedCampaign(int n, String prefix, int wrappers, int startDay, int waves, double rate, String ipBlock,
                                 String shared, int sharedVariants, double sharedShare) {
        for (int i = 0; i < n; i++) {
            String id = "dist" + prefix + i;
            int wave = i % waves;
            Instant created = T0.plus(Duration.ofDays(startDay + 3L * wave)).plus(Duration.ofMinutes(rnd.nextInt(600)));
            account(id, created, null, "pay-d" + prefix + (i % 6), "mailbox" + prefix + ".example", ipBlock + wave + "." + i, false, false);
            double t = (created.toEpochMilli() - T0.toEpochMilli()) / 86_400_000.0 + 0.05;
            while (true) {
                t += -Math.log(1 - rnd.nextDouble()) / rate;
                if (t >= days) {
                    break;
                }
                Capability c = Capability.values()[rnd.nextInt(4)];
                String w = shared != null && rnd.nextDouble() < sharedShare
                        ? (sharedVariants == 1 ? shared : shared + rnd.nextInt(sharedVariants))
                        : prefix + rnd.nextInt(wrappers);
                String prompt = "r=0.9;t=0.85;o=0.8;c=" + c.name() + ";w=" + w + ";u=" + seq;
                exchange(id, null, null, at(t), "90." + rnd.nextInt(250) + "." + rnd.nextInt(250) + "." + rnd.nextInt(250),
                        "residential", prompt, 1, 0);
            }
            labels.put(id, CAMPAIGN);
        }
    }

    /**
     * Old customers' batch jobs, each sending one popular task format (an extraction prompt) for all
     * of its traffic, machine-regular from a datacenter, with nothing distillation-like in it.
     */
    void batchJobs(int n, String wrapper) {
        for (int i = 0; i < n; i++) {
            String id = "job" + i;
            account(id, T0.minus(Duration.ofDays(100 + rnd.nextInt(900))), null, "pay-j" + i, "corp" + i + ".example", "71.0.0." + i, true, true);
            traffic(id, null, null, "71.0." + i + ".1", "datacenter", 40 + rnd.nextInt(80), 0, days,
                    k -> "r=0;t=0.5;o=0.1;c=OTHER;w=" + wrapper + ";u=" + seq, 1, 0);
            labels.put(id, "benign");
        }
    }

    /**
     * Old research accounts whose own traffic is distillation-like (benchmark-style tasks asking for
     * reasoning, each its own prompt) and which send {@code share} of it in a popular task format.
     */
    void researchersAlsoSending(int n, String wrapper, double share) {
        for (int i = 0; i < n; i++) {
            String id = "lab" + i;
            account(id, T0.minus(Duration.ofDays(100 + rnd.nextInt(900))), "org-lab" + i, "pay-l" + i, "lab" + i + ".example", "72.0.0." + i, true, true);
            traffic(id, "org-lab" + i, null, "72.0." + i + ".1", "none", 30 + rnd.nextInt(30), 0, days,
                    k -> "r=0.9;t=0.9;o=0.8;c=MATH_REASONING;w=" + (rnd.nextDouble() < share ? wrapper : "-") + ";u=" + seq, 1, 0);
            labels.put(id, "benign");
        }
    }

    /**
     * A campaign rotating its own wrappers that also sends, for {@code sharedShare} of its traffic,
     * items in a popular task format honest batch jobs use ({@code shared}).
     */
    void campaignAlsoSending(int n, String prefix, int wrappers, String shared, double sharedShare) {
        rotatedCampaign(n, prefix, wrappers, 0, 3, 30, "80.3.", shared, 1, sharedShare);
    }

    /**
     * Users of {@code apps} popular apps, each app with its own wrapper ({@code W-APP0}, ...) that its
     * users send all their ordinary chat in: templates known to the engine from the first day.
     */
    void appUsers(int n, int apps) {
        for (int i = 0; i < n; i++) {
            String id = "app" + i;
            String wrapper = "W-APP" + (i % apps);
            account(id, T0.minus(Duration.ofDays(30 + rnd.nextInt(900))), null, "pay-app" + i, "home" + i + ".example", "73.0.0." + i, true, true);
            traffic(id, null, null, "73.0." + i + ".1", "none", 5 + rnd.nextInt(20), 0, days,
                    k -> "r=0.1;t=0.2;o=0.2;c=OTHER;w=" + wrapper + ";u=" + seq, 3, 0);
            labels.put(id, "benign");
        }
    }

    /**
     * A campaign rotating its own wrappers for {@code ownShare} of its traffic and sending the rest
     * as cover through the popular apps' wrappers ({@link #appUsers}): dozens of known templates in
     * every account, which wear a per-account summary's count of its own templates down.
     */
    void campaignWithAppCover(int n, String prefix, int wrappers, double ownShare, int apps) {
        rotatedCampaign(n, prefix, wrappers, 0, 3, 30, "80.4.", "W-APP", apps, 1 - ownShare);
    }

    /**
     * A class that signs up together and sends one starter assignment per week for {@code weeks}
     * weeks (a new one each week), three prompts each time, and little else.
     */
    void weeklyClassroom(int n, int weeks) {
        Instant created = T0.plus(Duration.ofHours(30));
        for (int i = 0; i < n; i++) {
            String id = "wclass" + i;
            account(id, created.plus(Duration.ofMinutes(i)), null, null, "college.example", "41.0.0." + i, false, true, "education");
            for (int w = 0; w < weeks; w++) {
                long start = created.toEpochMilli() + 3_600_000L + w * 7 * 86_400_000L;
                for (int k = 0; k < 3; k++) {
                    exchange(id, null, null, Instant.ofEpochMilli(start + k * 600_000L + i * 1000L), "41.0.0.9", "none",
                            "r=0.9;t=0.9;o=0.6;c=MATH_REASONING;w=W-ASSIGN" + w + ";u=" + (k == 0 ? "assignment" + w : seq), 1, 0);
                }
            }
            traffic(id, null, null, "41.0.0.9", "none", 0.5, 2, days, k -> free(0.2, 0.3), 2, 0);
            labels.put(id, "benign");
        }
    }

    /**
     * A campaign that sends bare task items, no wrapper and no follow-ups, so no two of its prompts
     * share a template: young accounts in waves behind proxies, {@code perCard} accounts per card.
     */
    void bareCampaign(int n, int perCard, int startDay, int waves) {
        for (int i = 0; i < n; i++) {
            String id = "bare" + i;
            int wave = i % waves;
            Instant created = T0.plus(Duration.ofDays(startDay + 2L * wave)).plus(Duration.ofMinutes(rnd.nextInt(600)));
            account(id, created, null, "pay-bare" + (i / perCard), "dropbox" + (i % 3) + ".example",
                    "81." + rnd.nextInt(250) + "." + rnd.nextInt(250) + ".7", false, false);
            double from = (created.toEpochMilli() - T0.toEpochMilli()) / 86_400_000.0 + 0.05;
            for (double t = from + -Math.log(1 - rnd.nextDouble()) / 30; t < days; t += -Math.log(1 - rnd.nextDouble()) / 30) {
                Capability c = Capability.values()[rnd.nextInt(4)];
                exchange(id, null, null, at(t), "90." + rnd.nextInt(250) + "." + rnd.nextInt(250) + "." + rnd.nextInt(250),
                        "residential", "r=0.6;t=0.9;o=0.8;c=" + c.name() + ";w=-;u=" + seq, 1, 0);
            }
            labels.put(id, CAMPAIGN);
        }
    }

    /**
     * Accounts on one card sending distillation-like bare items: an evaluation lab in one
     * organisation ({@code org} non-null), or a team of old personal accounts without one.
     */
    void oneCard(String prefix, int n, String org, int ageDays, double reasoning) {
        for (int i = 0; i < n; i++) {
            String id = prefix + i;
            account(id, T0.minus(Duration.ofDays(ageDays + rnd.nextInt(30))), org, "pay-" + prefix, prefix + ".example",
                    "55." + i + ".0.1", true, true);
            traffic(id, org, null, "55." + i + ".0.1", "none", 5 + 40 * Math.pow(rnd.nextDouble(), 2), 0, days,
                    k -> "r=" + reasoning + ";t=0.9;o=0.8;c=MATH_REASONING;w=-;u=" + seq, 1, 0);
            labels.put(id, "benign");
        }
    }

    /**
     * An account on {@code card} that sends a little ordinary chat in its first {@code activeDays}
     * days and then nothing: a sleeper the operator keeps in reserve, or one that died early.
     */
    void quietAccount(String id, String card, double activeDays, String label) {
        account(id, T0, null, card, "mail.example", "82.0.0.1", false, false);
        traffic(id, null, null, "82.0.0.1", "none", 10, 0, activeDays, k -> free(0.2, 0.2), 2, 0);
        labels.put(id, label);
    }

    /** Ordinary chat by an existing subject from {@code fromDay} on, at {@code ratePerDay}. */
    void chat(String id, String endUser, double fromDay, double ratePerDay) {
        traffic(id, endUser == null ? null : "org-router", endUser, "83.0.0.1", "none", ratePerDay, fromDay, days,
                k -> free(0.2, 0.2), 2, 0);
    }

    /**
     * A course: {@code n} students sign up together from the campus network through the education
     * program, and every week all paste the same assignment, then ask a few stock follow-ups
     * ("less formal please"), for {@code weeks} weeks. Young, a wave, even load, distillation-like
     * asks: everything a campaign shows except that it asks one question, not many.
     */
    void course(int n, int weeks) {
        Instant created = T0.plus(Duration.ofHours(6));
        String[] stock = {"shorter", "less-formal", "why", "example"};
        for (int i = 0; i < n; i++) {
            String id = "course" + i;
            account(id, created.plus(Duration.ofMinutes(i)), null, null, "campus.example", "42.0.0." + i, i % 3 == 0, true,
                    "education");
            labels.put(id, "benign");
        }
        for (int w = 0; w < weeks; w++) {
            long start = created.toEpochMilli() + 7_200_000L + w * 7 * 86_400_000L;
            for (int i = 0; i < n; i++) {
                String id = "course" + i;
                long at = start + rnd.nextInt(3_000_000);
                exchange(id, null, null, Instant.ofEpochMilli(at), "42.0.0.1", "none",
                        "r=0.9;t=0.1;o=0.5;c=MATH_REASONING;w=W-COURSE;u=week" + w, 1, 0);
                for (int k = 0; k < 3; k++) {
                    at += 120_000 + rnd.nextInt(480_000);
                    exchange(id, null, null, Instant.ofEpochMilli(at), "42.0.0.1", "none",
                            "r=0.3;t=0.0;o=0.4;c=MATH_REASONING;w=W-COURSE!;u=" + stock[rnd.nextInt(stock.length)], 3 + 2 * k, 0);
                }
            }
        }
    }

    void sort() {
        exchanges.sort(Comparator.comparing(Exchange::ts).thenComparing(Exchange::id));
    }

    private void trafficCampaign(String id, String endUser, String wrapper, double fromDay, double rate) {
        double t = fromDay;
        while (t < days) {
            t += -Math.log(1 - rnd.nextDouble()) / rate;
            if (t >= days) {
                break;
            }
            Capability c = Capability.values()[rnd.nextInt(4)];
            String prompt = "r=0.9;t=0.85;o=0.8;c=" + c.name() + ";w=" + wrapper + "~" + rnd.nextInt(5) + ";u=" + seq;
            exchange(id, endUser == null ? null : "org-router", endUser, at(t),
                    "90." + rnd.nextInt(250) + "." + rnd.nextInt(250) + "." + rnd.nextInt(250), "residential", prompt, 1, 0);
        }
    }

    interface PromptFn {
        String prompt(int k);
    }

    private void traffic(String id, String org, String endUser, String ip, String proxy, double ratePerDay, double fromDay,
                         double toDay, PromptFn prompts, int turns, int tools) {
        double t = fromDay;
        int k = 0;
        while (true) {
            t += -Math.log(1 - rnd.nextDouble()) / ratePerDay;
            if (t >= toDay) {
                return;
            }
            exchange(id, org, endUser, at(t), ip, proxy, prompts.prompt(k++), 1 + rnd.nextInt(turns), tools);
        }
    }

    private String free(double r, double t) {
        Capability c = Capability.values()[rnd.nextInt(Capability.values().length)];
        return String.format(java.util.Locale.ROOT, "r=%.2f;t=%.2f;o=%.2f;c=%s;w=-;u=%d", r, t, rnd.nextDouble() * 0.5, c.name(), seq);
    }

    private static Instant at(double day) {
        return T0.plusMillis((long) (day * 86_400_000L));
    }

    private void exchange(String id, String org, String endUser, Instant ts, String ip, String proxy, String prompt, int turns, int tools) {
        exchanges.add(Exchange.builder().id("ex" + (seq++)).ts(ts).accountId(id).orgId(org)
                .endUserId(endUser).ip(ip).proxyType(proxy).userAgent("client/1.0").tlsFp("t13d")
                .api("anthropic.messages").model("model-large").prompt(prompt).turns(turns).tools(tools)
                .maxTokens(8192).inputTokens(400).outputTokens(2000).build());
    }

    private void account(String id, Instant created, String org, String pay, String domain, String signupIp,
                         boolean verified, boolean honestPath, String... programs) {
        accounts.add(new Account(id, created, org, domain, pay, signupIp, "US", "build", List.of(programs), verified, null));
    }
}

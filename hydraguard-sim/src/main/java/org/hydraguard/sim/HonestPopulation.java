package org.hydraguard.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Builds the honest population of a scenario: ordinary users by archetype, and the structures real
 * providers see that look like abuse: campus and corporate NATs, classroom and hackathon cohorts,
 * startup teams, research groups running evaluation harnesses, batch jobs and resellers. Per-account
 * volumes are lognormal (heavy-tailed) within each archetype and calibrated so that the population's
 * expected total is the scenario's honest exchange count.
 */
final class HonestPopulation {
    /** Share of honest exchanges per archetype. */
    private static final double CHAT = 0.16;
    private static final double WRITING = 0.04;
    private static final double STUDENTS = 0.04;
    private static final double CODING = 0.45;
    private static final double APPS = 0.08;
    private static final double EVAL = 0.04;
    private static final double BATCH = 0.07;
    private static final double RESELLERS = 0.12;
    private static final double SIGNUP_SHARE = 0.10;
    private static final double DORMANT_SHARE = 0.12;
    private static final double VOLUME_SIGMA = 1.3;

    private final Simulation sim;
    private final SplittableRandom r;
    private final Signups forms = new Signups();
    private final List<HonestAccount> chatters = new ArrayList<>();
    private final List<HonestAccount> writers = new ArrayList<>();
    private final List<HonestAccount> students = new ArrayList<>();
    private final List<HonestAccount> coders = new ArrayList<>();
    private final List<HonestAccount> apps = new ArrayList<>();
    private final List<HonestAccount> all = new ArrayList<>();
    private final double days;
    private String familyPayment;

    private HonestPopulation(Simulation sim) {
        this.sim = sim;
        this.r = sim.rnd;
        this.days = (sim.end - sim.start) / (double) Times.DAY;
    }

    static void build(Simulation sim, Scenario scenario) {
        new HonestPopulation(sim).populate(scenario);
    }

    private void populate(Scenario s) {
        double unit = s.honestAccounts() / 260_000.0;
        int total = sim.scaled(s.honestAccounts(), 50);
        double exchanges = s.honestExchanges() * sim.scale;
        int cap = Math.max(10, total / 25);
        for (int i = 0, n = sim.scaled(15 * unit, 1); i < n; i++) {
            corporateSite(Math.min(cap, Dist.between(r, 150, 600)));
        }
        for (int i = 0, n = sim.scaled(20 * unit, 1); i < n; i++) {
            campusSite(Math.min(cap, Dist.between(r, 200, 800)));
        }
        int cohortMembers = cohorts(sim.scaled(110 * unit, 2), cap);
        for (int i = 0, n = sim.scaled(1500 * unit, 1); i < n; i++) {
            startup();
        }
        int evalAccounts = evalOrgs(sim.scaled(1000 * unit, 1), exchanges * EVAL);
        int batchJobs = sim.scaled(520 * unit, 1);
        for (int i = 0; i < batchJobs; i++) {
            batchJob(exchanges * BATCH * Dist.lognormal(r, 1, 1.0) / batchJobs / 1.65);
        }
        int resellers = sim.scaled(5 * unit, 1);
        for (int i = 0; i < resellers; i++) {
            reseller(sim.scaled(5000 * Dist.uniform(r, 0.5, 1.5), 40), exchanges * RESELLERS / resellers);
        }
        int dormant = (int) (total * DORMANT_SHARE);
        int general = Math.max(0, total - all.size() - cohortMembers - evalAccounts - batchJobs - resellers - dormant);
        for (int i = 0; i < general; i++) {
            double u = r.nextDouble();
            int kind = u < 0.60 ? 0 : u < 0.72 ? 1 : u < 0.83 ? 2 : 3;
            individual(kind, null, -1, 0);
        }
        for (int i = 0; i < dormant; i++) {
            int country = sim.nets.country(r);
            String id = sim.ids.account();
            int net = sim.nets.isp(country, r);
            sim.open(Signups.account(id, forms.createdBefore(sim.start, r), sim.ids.org(), forms.personalDomain(r), null,
                    Networks.dotted(sim.nets.address(net, r)), sim.nets.code(country), "free", List.of(), r.nextDouble() < 0.5,
                    forms.displayName(r)), sim.honest);
        }
        calibrate(chatters, exchanges * CHAT);
        calibrate(writers, exchanges * WRITING);
        calibrate(students, exchanges * STUDENTS);
        calibrate(coders, exchanges * CODING);
        calibrate(apps, exchanges * APPS);
        for (HonestAccount a : all) {
            sim.add(a, a.rhythm().next(a.activeFrom, Math.max(a.perDay, 0.05), a.utcOffset, r));
        }
    }

    /** Creates one individual of archetype {@code kind} (0 chat, 1 writing, 2 student, 3 coding). */
    private HonestAccount individual(int kind, String org, int site, double siteShare) {
        int country = site >= 0 ? sim.nets.net(site).country() : sim.nets.country(r);
        String id = sim.ids.account();
        String orgId = org != null ? org : sim.ids.org();
        HonestAccount a = switch (kind) {
            case 0 -> new OrdinaryChatter(sim, id, orgId, country);
            case 1 -> new WritingUser(sim, id, orgId, country);
            case 2 -> new Student(sim, id, orgId, country);
            case 3 -> new CodingAgentUser(sim, id, orgId, country);
            default -> new AppBackend(sim, id, orgId, country);
        };
        a.siteNet = site;
        a.siteShare = (float) siteShare;
        (switch (kind) {
            case 0 -> chatters;
            case 1 -> writers;
            case 2 -> students;
            case 3 -> coders;
            default -> apps;
        }).add(a);
        boolean signup = org == null && r.nextDouble() < SIGNUP_SHARE;
        long created = signup ? sim.start + (long) (r.nextDouble() * (sim.end - sim.start)) : forms.createdBefore(sim.start, r);
        if (org == null) {
            String domain = kind == 2 && r.nextDouble() < 0.5 ? forms.eduDomain(r) : forms.personalDomain(r);
            double paid = kind == 3 ? 0.85 : 0.35;
            String tier = Signups.tier(r, paid);
            String payment = tier.equals("free") ? null : payment();
            List<String> programs = kind == 2 && r.nextDouble() < 0.35 ? List.of("education")
                    : r.nextDouble() < 0.01 ? List.of(r.nextBoolean() ? "startup" : "research") : List.of();
            sim.open(Signups.account(id, created, orgId, domain, payment, Networks.dotted(a.homeAddress(sim, created)),
                    sim.nets.code(country), tier, programs, r.nextDouble() < (signup ? 0.45 : 0.75), forms.displayName(r)), sim.honest);
        }
        all.add(a);
        a.volume = (float) Dist.lognormal(r, 1, VOLUME_SIGMA);
        a.activeFrom = Math.max(sim.start, created + Dist.between(r, 1, 240) * Times.MINUTE);
        return a;
    }

    /** A personal card: unique, except families who share one. */
    private String payment() {
        if (familyPayment != null && r.nextDouble() < 0.03) {
            return familyPayment;
        }
        familyPayment = sim.ids.payment();
        return familyPayment;
    }

    /** An office behind one NAT address: half its people in the company's org (one invoice), half on personal accounts. */
    private void corporateSite(int size) {
        int site = sim.nets.newSite(Networks.Kind.CORPORATE, sim.nets.country(r));
        String org = sim.ids.org();
        String domain = forms.companyDomain(r);
        String invoice = sim.ids.payment();
        String address = Networks.dotted(sim.nets.net(site).base() + 1);
        for (int i = 0; i < size; i++) {
            double u = r.nextDouble();
            int kind = u < 0.4 ? 3 : u < 0.75 ? 0 : 1;
            boolean inOrg = r.nextBoolean();
            HonestAccount a = individual(kind, inOrg ? org : null, site, Dist.uniform(r, 0.5, 0.9));
            if (inOrg) {
                sim.open(Signups.account(a.accountId, forms.createdBefore(sim.start, r), org, domain, invoice, address,
                        sim.nets.code(sim.nets.net(site).country()), "enterprise", List.of(), true, forms.displayName(r)), sim.honest);
            }
        }
    }

    /** A university behind one NAT address: students and staff. */
    private void campusSite(int size) {
        int site = sim.nets.newSite(Networks.Kind.CAMPUS, sim.nets.country(r));
        for (int i = 0; i < size; i++) {
            individual(r.nextDouble() < 0.65 ? 2 : (r.nextBoolean() ? 0 : 3), null, site, Dist.uniform(r, 0.4, 0.85));
        }
    }

    private int cohorts(int count, int cap) {
        int members = 0;
        for (int i = 0; i < count; i++) {
            int site = sim.nets.newSite(Networks.Kind.CAMPUS, sim.nets.country(r));
            int size = Math.min(cap, Math.min(300, Math.max(20, (int) Dist.lognormal(r, 60, 0.7))));
            boolean weekly = r.nextDouble() < 0.6;
            ClassroomCohort c = new ClassroomCohort(sim, site, size, weekly);
            int offset = sim.nets.utcOffset(sim.nets.net(site).country(), r);
            long day = sim.start + (long) (r.nextDouble() * Math.max(1, days - 1)) * Times.DAY;
            sim.add(c, Times.nextLocalHour(day, offset, Dist.between(r, 9, 16)) + r.nextInt(30) * Times.MINUTE);
            members += size;
        }
        return members;
    }

    /** A startup: a few people in one org on the startup program, one card, and the product's backend. */
    private void startup() {
        String org = sim.ids.org();
        String domain = forms.companyDomain(r);
        String card = sim.ids.payment();
        int people = Dist.between(r, 1, 6);
        long founded = forms.createdBefore(sim.start, r);
        for (int i = 0; i <= people; i++) {
            HonestAccount a = individual(i == 0 ? 4 : (r.nextDouble() < 0.7 ? 3 : 0), org, -1, 0);
            sim.open(Signups.account(a.accountId, founded + i * Dist.between(r, 1, 200) * Times.HOUR, org, domain, card,
                    Networks.dotted(a.homeAddress(sim, founded)), sim.nets.code(a.country), r.nextDouble() < 0.8 ? "build" : "scale",
                    List.of("startup"), r.nextDouble() < 0.7, forms.displayName(r)), sim.honest);
        }
    }

    /** Research groups of 1-10 accounts in one org, some on one card, running evaluation harnesses. */
    private int evalOrgs(int accounts, double exchanges) {
        int made = 0;
        double perAccount = exchanges / Math.max(1, accounts) / days;
        while (made < accounts) {
            String org = sim.ids.org();
            int size = Math.min(accounts - made, Math.max(1, Dist.zipf(r, 10) + 1));
            String domain = r.nextDouble() < 0.6 ? forms.eduDomain(r) : forms.companyDomain(r);
            String shared = r.nextDouble() < 0.5 ? sim.ids.payment() : null;
            int country = sim.nets.country(r);
            int net = r.nextDouble() < 0.5 ? sim.nets.cloud(r) : sim.nets.newSite(Networks.Kind.CAMPUS, country);
            int address = sim.nets.net(net).kind() == Networks.Kind.CLOUD ? sim.nets.address(net, r) : sim.nets.net(net).base() + 1;
            for (int i = 0; i < size; i++) {
                String id = sim.ids.account();
                sim.open(Signups.account(id, forms.createdBefore(sim.start, r), org, domain, shared != null ? shared : sim.ids.payment(),
                        Networks.dotted(address), sim.nets.code(country), r.nextDouble() < 0.7 ? "build" : "scale",
                        r.nextDouble() < 0.6 ? List.of("research") : List.of(), true, forms.displayName(r)), sim.honest);
                EvalHarness h = new EvalHarness(sim, id, org, net, address, perAccount * Dist.lognormal(r, 1, 0.8) / 1.37);
                sim.add(h, sim.start + (long) (r.nextDouble() * 3 * Times.DAY));
            }
            made += size;
        }
        return made;
    }

    private void batchJob(double total) {
        String id = sim.ids.account();
        String org = sim.ids.org();
        int country = sim.nets.country(r);
        BatchJob job = new BatchJob(sim, id, org, total / days);
        sim.open(Signups.account(id, forms.createdBefore(sim.start, r), org, forms.companyDomain(r), sim.ids.payment(),
                Networks.dotted(sim.nets.address(sim.nets.isp(country, r), r)), sim.nets.code(country), "scale", List.of(), true, null), sim.honest);
        sim.add(job, job.firstRun(sim));
    }

    private void reseller(int endUsers, double total) {
        String id = sim.ids.account();
        String org = sim.ids.org();
        int country = sim.nets.country(r);
        Reseller rs = new Reseller(sim, id, org, endUsers, total / days);
        sim.open(Signups.account(id, forms.createdBefore(sim.start, r), org, forms.companyDomain(r), sim.ids.payment(),
                Networks.dotted(rs.address(r)), sim.nets.code(country), "enterprise", List.of(), true, null), sim.honest);
        sim.resellers.add(rs);
        sim.add(rs, sim.start + r.nextInt(60_000));
    }

    /**
     * Sets each account's conversation rate so that the archetype's expected total is {@code total}:
     * an account's share is its volume weight times the days it is active in the window.
     */
    private void calibrate(List<HonestAccount> group, double total) {
        double sum = 0;
        for (HonestAccount a : group) {
            sum += a.volume * activeDays(a);
        }
        for (HonestAccount a : group) {
            a.perDay = (float) (total * a.volume / sum / a.meanTurns());
        }
    }

    private double activeDays(HonestAccount a) {
        return Math.max(0.25, (sim.end - a.activeFrom) / (double) Times.DAY);
    }
}

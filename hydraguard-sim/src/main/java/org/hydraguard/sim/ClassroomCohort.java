package org.hydraguard.sim;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.hydraguard.sim.text.PromptKind;

/**
 * A class or hackathon: 20-300 people sign up within an hour or two from one campus address through
 * the education program, then all paste the same starter assignment (step-by-step instructions) in
 * their first session, from that address. Afterwards each is an ordinary low-volume
 * {@link Student}. A course repeats the session weekly with the week's assignment; a hackathon is
 * one-off. Honest traffic that looks like an account factory's wave.
 */
final class ClassroomCohort extends Actor {
    private final int site;
    private final int size;
    private final boolean weekly;
    private final String emailDomain;
    private Student[] members;
    private long assignmentSeed;
    private long[] times;
    private int[] who;
    private String[] conversations;
    private int[] turns;
    private int cursor;
    private long classStart;
    private boolean signedUp;

    ClassroomCohort(Simulation sim, int site, int size, boolean weekly) {
        this.site = site;
        this.size = size;
        this.weekly = weekly;
        this.emailDomain = new Signups().eduDomain(sim.rnd);
        this.assignmentSeed = sim.rnd.nextLong();
    }

    @Override
    long fire(Simulation sim) {
        if (!signedUp) {
            signedUp = true;
            signUp(sim);
            return sim.now() + Dist.between(sim.rnd, 60, 120) * Times.MINUTE;
        }
        if (times == null) {
            planSession(sim);
        }
        emit(sim, cursor++);
        if (cursor < times.length) {
            return times[cursor];
        }
        times = null;
        cursor = 0;
        assignmentSeed = Dist.mix(assignmentSeed);
        return weekly ? classStart + Times.WEEK : Long.MAX_VALUE;
    }

    private void signUp(Simulation sim) {
        SplittableRandom r = sim.rnd;
        Signups forms = new Signups();
        members = new Student[size];
        int country = sim.nets.net(site).country();
        String address = Networks.dotted(sim.nets.net(site).base() + 1);
        for (int i = 0; i < size; i++) {
            Student s = new Student(sim, sim.ids.account(), sim.ids.org(), country);
            s.siteNet = site;
            s.siteShare = (float) Dist.uniform(r, 0.3, 0.8);
            s.perDay = (float) Dist.lognormal(r, 0.25, 0.8);
            long created = sim.now() + (long) (r.nextDouble() * Dist.between(r, 45, 110) * Times.MINUTE);
            sim.open(Signups.account(s.accountId, created, s.orgId, r.nextDouble() < 0.8 ? emailDomain : forms.webmail(r), null, address,
                    sim.nets.code(country), "free", List.of("education"), r.nextDouble() < 0.3, forms.displayName(r)), sim.honest);
            members[i] = s;
            sim.add(s, created + Dist.between(r, 1, 10) * Times.DAY);
        }
    }

    private void planSession(Simulation sim) {
        SplittableRandom r = sim.rnd;
        classStart = sim.now();
        int n = 0;
        long[] t = new long[size * 4];
        int[] w = new int[size * 4];
        for (int i = 0; i < size; i++) {
            if (r.nextDouble() < 0.1) {
                continue;
            }
            long at = classStart + (long) (r.nextDouble() * 50 * Times.MINUTE);
            int followUps = r.nextDouble() < 0.6 ? Dist.between(r, 1, 3) : 0;
            for (int k = 0; k <= followUps; k++) {
                t[n] = at;
                w[n++] = i;
                at += Dist.between(r, 90, 600) * Times.SECOND;
            }
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        long[] tt = t;
        Arrays.sort(order, (a, b) -> Long.compare(tt[a], tt[b]));
        times = new long[Math.max(1, n)];
        who = new int[times.length];
        times[0] = classStart;
        for (int i = 0; i < n; i++) {
            times[i] = t[order[i]];
            who[i] = w[order[i]];
        }
        conversations = new String[size];
        turns = new int[size];
    }

    private void emit(Simulation sim, int index) {
        SplittableRandom r = sim.rnd;
        Student s = members[who[index]];
        int m = who[index];
        if (conversations[m] == null) {
            conversations[m] = sim.ids.conversation();
        }
        Call c = sim.call(s.accountId, s.orgId, s.apiKeyId, site, sim.nets.net(site).base() + 1, s.client, s.api);
        c.model = s.model(sim);
        c.kind = PromptKind.PLANNING;
        c.turns = 2 * turns[m] + 1;
        c.conversationId = conversations[m];
        c.context = turns[m] * 700L;
        c.prompt = turns[m] == 0 ? sim.book.assignment(assignmentSeed) : sim.book.followUp(PromptKind.CHAT, r);
        c.maxTokens = s.maxTokens;
        c.temperature = s.temperature;
        c.stream = s.streams;
        c.thinking = false;
        c.tally = sim.honest;
        sim.emit(c);
        turns[m]++;
    }
}

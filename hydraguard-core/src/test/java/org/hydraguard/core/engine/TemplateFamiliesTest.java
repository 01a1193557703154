package org.hydraguard.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.hydraguard.core.profile.SubjectProfile;
import org.junit.jupiter.api.Test;

class TemplateFamiliesTest {
    private final List<long[]> unions = new ArrayList<>();

    private long clock;

    private long use(TemplateFamilies f, SubjectProfile p, long template) {
        clock += 1000;
        return f.note(p, template, clock, k -> Long.MAX_VALUE, (s, a) -> unions.add(new long[] {s, a}));
    }

    private static List<SubjectProfile> subjects(int from, int n) {
        List<SubjectProfile> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new SubjectProfile(from + i, "a" + (from + i), null));
        }
        return out;
    }

    @Test
    void rotatedWrappersOfOneOperatorBecomeOneFamily() {
        TemplateFamilies f = new TemplateFamilies(12);
        Random rnd = new Random(3);
        long[] wrappers = LongStream.rangeClosed(1, 40).map(k -> 1000 + k).toArray();
        List<SubjectProfile> accounts = subjects(0, 60);
        for (int round = 0; round < 120; round++) {
            for (SubjectProfile p : accounts) {
                use(f, p, wrappers[rnd.nextInt(wrappers.length)]);
            }
        }
        long root = f.find(wrappers[0]);
        assertThat(LongStream.of(wrappers).map(f::find)).containsOnly(root);
        assertThat(unions).hasSize(wrappers.length - 1);
    }

    @Test
    void honestTemplatesSharingSomeUsersStayApart() {
        TemplateFamilies f = new TemplateFamilies(12);
        Random rnd = new Random(5);
        long tool = 7;
        long docs = 8;
        List<SubjectProfile> toolUsers = subjects(0, 200);
        List<SubjectProfile> docsUsers = new ArrayList<>(toolUsers.subList(0, 20));
        docsUsers.addAll(subjects(1000, 60));
        for (int round = 0; round < 50; round++) {
            for (SubjectProfile p : toolUsers) {
                use(f, p, tool);
            }
            for (SubjectProfile p : docsUsers) {
                use(f, p, rnd.nextBoolean() ? docs : 100 + rnd.nextInt(1000));
            }
        }
        assertThat(f.find(tool)).isEqualTo(tool);
        assertThat(f.find(docs)).isEqualTo(docs);
        assertThat(unions).isEmpty();
    }

    @Test
    void fewCoUsersNeverUnite() {
        TemplateFamilies f = new TemplateFamilies(12);
        List<SubjectProfile> both = subjects(0, TemplateFamilies.MIN_SHARED - 1);
        for (int round = 0; round < 100; round++) {
            for (SubjectProfile p : both) {
                use(f, p, 1);
                use(f, p, 2);
            }
        }
        assertThat(f.find(2)).isNotEqualTo(f.find(1));
    }

    @Test
    void templatesUsedInSeparateSessionsStayApart() {
        TemplateFamilies f = new TemplateFamilies(12);
        List<SubjectProfile> students = subjects(0, 40);
        long week = 7 * 86_400_000L;
        for (int w = 0; w < 3; w++) {
            for (int k = 0; k < 3; k++) {
                for (SubjectProfile p : students) {
                    f.note(p, 500 + w, w * week + k * 600_000L + p.index, t -> Long.MAX_VALUE, (a, b) -> unions.add(new long[] {a, b}));
                }
            }
        }
        assertThat(unions).isEmpty();
        assertThat(f.users(500)).isEqualTo(40);
    }

    @Test
    void oneBusySubjectCountsOnce() {
        TemplateFamilies f = new TemplateFamilies(12);
        SubjectProfile p = subjects(0, 1).get(0);
        for (int i = 0; i < 1000; i++) {
            use(f, p, 1 + (i & 1));
        }
        assertThat(f.users(1)).isEqualTo(1);
        assertThat(f.find(2)).isNotEqualTo(f.find(1));
    }

    @Test
    void survivesItsBinaryForm() throws IOException {
        TemplateFamilies f = new TemplateFamilies(10);
        Random rnd = new Random(9);
        List<SubjectProfile> accounts = subjects(0, 30);
        for (int round = 0; round < 40; round++) {
            for (SubjectProfile p : accounts) {
                use(f, p, 50 + rnd.nextInt(10));
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        f.writeTo(new DataOutputStream(bytes));
        TemplateFamilies back = TemplateFamilies.readFrom(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        for (long t = 50; t < 60; t++) {
            assertThat(back.find(t)).isEqualTo(f.find(t));
            assertThat(back.users(t)).isEqualTo(f.users(t));
        }
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        back.writeTo(new DataOutputStream(again));
        assertThat(again.toByteArray()).isEqualTo(bytes.toByteArray());
    }
}

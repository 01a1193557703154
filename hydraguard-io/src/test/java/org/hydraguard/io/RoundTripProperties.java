package org.hydraguard.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hydraguard.core.model.Account;
import org.hydraguard.core.model.Exchange;

/** Whatever valid records are written, reading the file gives them back unchanged, in every format. */
class RoundTripProperties {
    private static final String ALPHABET = "abcXYZ019 _-.,;:\"'\\/\n\r\t{}[]éß世界🙂\u0001\u007f";

    @Provide
    Arbitrary<String> formats() {
        return Arbitraries.of(".jsonl", ".jsonl.gz", ".csv", ".csv.gz");
    }

    @Property(tries = 150)
    void exchangesSurviveWriteThenRead(@ForAll long seed, @ForAll("formats") String ext) throws IOException {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Exchange> written = new ArrayList<>();
        int n = rnd.nextInt(12);
        for (int i = 0; i < n; i++) {
            written.add(exchange(rnd, i));
        }
        Path dir = Files.createTempDirectory("hg-roundtrip");
        try {
            Path file = dir.resolve("e" + ext);
            try (RecordWriter<Exchange> w = ContractWriters.exchanges(file)) {
                for (Exchange e : written) {
                    w.write(e);
                }
            }
            var read = Inputs.exchanges(ReadOptions.defaults().withThreads(rnd.nextInt(3)), file);
            assertThat(read.rejects()).isEmpty();
            assertThat(read.records()).isEqualTo(written);
            assertThat(read.counts()).isEqualTo(new Reconciliation(n, n, 0, 0));
        } finally {
            deleteAll(dir);
        }
    }

    @Property(tries = 150)
    void accountsSurviveWriteThenRead(@ForAll long seed, @ForAll("formats") String ext) throws IOException {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Account> written = new ArrayList<>();
        int n = rnd.nextInt(12);
        for (int i = 0; i < n; i++) {
            List<String> programs = new ArrayList<>();
            for (int p = rnd.nextInt(3); p > 0; p--) {
                programs.add(text(rnd, 1, 10).replace(";", ""));
            }
            programs.removeIf(String::isEmpty);
            written.add(new Account("acct_" + i, time(rnd), opt(rnd), opt(rnd), opt(rnd), opt(rnd), opt(rnd), opt(rnd),
                    programs, rnd.nextBoolean() ? null : rnd.nextBoolean(), opt(rnd)));
        }
        Path dir = Files.createTempDirectory("hg-roundtrip");
        try {
            Path file = dir.resolve("a" + ext);
            try (RecordWriter<Account> w = ContractWriters.accounts(file)) {
                for (Account a : written) {
                    w.write(a);
                }
            }
            var read = Inputs.accounts(file);
            assertThat(read.rejects()).isEmpty();
            assertThat(read.records()).isEqualTo(written);
        } finally {
            deleteAll(dir);
        }
    }

    private static Exchange exchange(SplittableRandom rnd, int i) {
        return Exchange.builder()
                .id("ex_" + i + "_" + text(rnd, 0, 6))
                .ts(time(rnd))
                .accountId(text(rnd, 1, 12))
                .orgId(opt(rnd)).apiKeyId(opt(rnd)).endUserId(opt(rnd))
                .ip(text(rnd, 1, 40))
                .asn(rnd.nextBoolean() ? null : rnd.nextInt(Integer.MAX_VALUE))
                .country(opt(rnd)).proxyType(opt(rnd)).userAgent(opt(rnd)).tlsFp(opt(rnd))
                .api(text(rnd, 1, 20)).model(text(rnd, 1, 20))
                .prompt(rnd.nextInt(4) == 0 ? null : text(rnd, 1, 3000)).system(opt(rnd))
                .turns(1 + rnd.nextInt(rnd.nextBoolean() ? 3 : Integer.MAX_VALUE))
                .conversationId(opt(rnd))
                .tools(rnd.nextBoolean() ? null : rnd.nextInt(64))
                .maxTokens(rnd.nextBoolean() ? null : rnd.nextInt(Integer.MAX_VALUE))
                .temperature(rnd.nextBoolean() ? null : rnd.nextInt(3) == 0 ? rnd.nextInt(3) : rnd.nextDouble() * 2)
                .stream(rnd.nextBoolean() ? null : rnd.nextBoolean())
                .thinking(rnd.nextBoolean() ? null : rnd.nextBoolean())
                .status(100 + rnd.nextInt(500))
                .inputTokens(rnd.nextLong(Long.MAX_VALUE)).outputTokens(rnd.nextInt(100_000))
                .latencyMs(rnd.nextBoolean() ? null : rnd.nextInt(Integer.MAX_VALUE))
                .stopReason(opt(rnd)).response(rnd.nextInt(4) == 0 ? text(rnd, 1, 2000) : null)
                .build();
    }

    private static Instant time(SplittableRandom rnd) {
        return Instant.ofEpochMilli(rnd.nextLong(-2_000_000_000_000L, 4_000_000_000_000L));
    }

    /** An optional string: absent, or non-empty (CSV cannot tell an empty string from an absent one). */
    private static String opt(SplittableRandom rnd) {
        return rnd.nextBoolean() ? null : text(rnd, 1, 30);
    }

    private static String text(SplittableRandom rnd, int min, int max) {
        int len = min + rnd.nextInt(max - min + 1);
        StringBuilder b = new StringBuilder(len);
        while (b.length() < len) {
            int at = rnd.nextInt(ALPHABET.length());
            char c = ALPHABET.charAt(at);
            if (Character.isSurrogate(c)) {
                b.appendCodePoint(ALPHABET.codePointAt(Character.isHighSurrogate(c) ? at : at - 1));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static void deleteAll(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.delete(f);
            }
        }
        Files.delete(dir);
    }
}

package org.hydraguard.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.hydraguard.core.model.Exchange;
import org.hydraguard.core.signal.ExchangeSignals;
import org.hydraguard.core.signal.SignalExtractor;
import org.hydraguard.core.signal.Signals;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of extracting one exchange's signals (reasoning, capability, task-likeness, skeleton), by input:
 * {@code simulated}, the exchanges of a quickstart run as they come (prompts repeat, so the cache of
 * recent prompts helps), or one kind of prompt text, each prompt different so that the cache almost
 * never hits: {@code english} prose, {@code cjk} (Chinese characters, a script written without spaces,
 * where cue phrases are found by substring) and {@code code}. The texts are generated from small word
 * and character lists, seeded, so every run sees the same ones; they have the length and the character
 * mix of real prompts, not their meaning.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SignalBenchmark {
    private static final String[] WORDS = ("the a of to and in is for that with on as it be this by are from or at "
            + "function return value list error test file step answer explain reason result data model query "
            + "table server request user number each every first then final check write build run code").split(" ");
    private static final String HAN = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能"
            + "下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使"
            + "点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么"
            + "利比或但质气第向道命此变条只没结解问意建月公无系很情者最立代想已通并提直题程展五果料象员位入常文总次品式"
            + "步骤思考过每逐推";
    private static final String[] CODE = {"def ", "return ", "if ", "for ", "in ", "range(", "self.", "x", "y", "i",
        " = ", " + ", " == ", "):\n    ", "\n", "(", ")", "[", "]", ", ", "result", "value", "items", "count", "# note\n"};

    @Param({"simulated", "english", "cjk", "code"})
    public String input;

    private List<Exchange> exchanges;
    private SignalExtractor extractor;
    private int next;

    @Setup
    public void setup() {
        exchanges = input.equals("simulated") ? BenchInput.simulate().exchanges : generated(input);
        extractor = Signals.defaultExtractor();
    }

    private static List<Exchange> generated(String kind) {
        SplittableRandom random = new SplittableRandom(7);
        List<Exchange> out = new ArrayList<>();
        for (int i = 0; i < 16_384; i++) {
            out.add(Exchange.builder().id("ex_" + i).ts(Instant.ofEpochSecond(1_776_816_000L + i))
                    .accountId("acct_" + (i % 97)).ip("198.51.100." + (i % 250)).api("openai.chat").model("m")
                    .turns(1).status(200).prompt(text(kind, random)).build());
        }
        return out;
    }

    private static String text(String kind, SplittableRandom random) {
        StringBuilder b = new StringBuilder();
        switch (kind) {
            case "english" -> {
                while (b.length() < 1500) {
                    b.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(12) == 0 ? ".\n" : " ");
                }
            }
            case "cjk" -> {
                while (b.length() < 800) {
                    b.append(HAN.charAt(random.nextInt(HAN.length())));
                    if (random.nextInt(20) == 0) {
                        b.append(random.nextBoolean() ? "，" : "。\n");
                    }
                }
            }
            case "code" -> {
                while (b.length() < 1500) {
                    b.append(CODE[random.nextInt(CODE.length)]);
                }
            }
            default -> throw new IllegalArgumentException("unknown kind of text: " + kind);
        }
        return b.toString();
    }

    @Benchmark
    public ExchangeSignals extract() {
        Exchange e = exchanges.get(next);
        next = next + 1 == exchanges.size() ? 0 : next + 1;
        return extractor.extract(e);
    }
}

package org.hydraguard.core.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hydraguard.core.model.Exchange;
import org.junit.jupiter.api.Test;

class DefaultSignalExtractorTest {
    private static final String[] PROMPTS = {
        "Solve the task below. Think step by step.\n\nTask: what is 2+2?",
        "def f(x):\n    return x * 2  # fix the bug",
        "请一步一步地思考",
        "",
        "x".repeat(20_000),
        "You have access to the following tools: search. Find the weather in Oslo.",
    };

    @Test
    void sameInputSameOutputAcrossInstances() {
        SignalExtractor a = Signals.defaultExtractor();
        SignalExtractor b = Signals.defaultExtractor();
        for (String p : PROMPTS) {
            Exchange e = Exchanges.base().prompt(p).system("sys").maxTokens(9000).thinking(true).build();
            assertThat(a.extract(e)).isEqualTo(b.extract(e)).isEqualTo(a.extract(e));
        }
    }

    @Test
    void systemPromptsSeenBeforeGiveWhatTheyGaveTheFirstTime() {
        // far more distinct system prompts than the per-thread cache has slots, one too long to be
        // kept, each coming back in a different order with a different prompt
        List<String> systems = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            systems.add("You are assistant number " + i + ". Always think step by step and show your reasoning.");
        }
        systems.add("Be brief. ".repeat(2_000));
        SignalExtractor reused = Signals.defaultExtractor();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < systems.size(); i++) {
                int k = (i * (round + 7)) % systems.size();
                Exchange e = Exchanges.base().system(systems.get(k)).prompt(PROMPTS[(i + round) % PROMPTS.length]).build();
                // a fresh extractor has never seen the system prompt
                assertThat(reused.extract(e)).as("system prompt %d, round %d", k, round)
                        .isEqualTo(Signals.defaultExtractor().extract(e));
            }
        }
    }

    @Test
    void promptsSeenBeforeGiveWhatTheyGaveTheFirstTimeUnderTheirOwnSystemPrompt() {
        // more distinct prompts than the per-thread cache has slots, each coming back under another
        // system prompt, with other parameters, or past the length the cache keeps
        List<String> prompts = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            prompts.add("Fix the failing test " + i + " in module m" + (i % 13) + ".\n\nThink step by step.");
        }
        prompts.add("Summarise this log: " + "ERROR timeout on host; ".repeat(60));
        String[] systems = {null, "You are a coding agent.", "You are a maths tutor. Show every step."};
        SignalExtractor reused = Signals.defaultExtractor();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < prompts.size(); i += 1 + round) {
                Exchange e = Exchanges.base().prompt(prompts.get(i)).system(systems[(i + round) % systems.length])
                        .tools(round).turns(1 + round * 10).build();
                ExchangeSignals got = reused.extract(e);
                if (i % 41 == 0 || i == prompts.size() - 1) {
                    // a fresh extractor has seen none of them
                    assertThat(got).as("prompt %d, round %d", i, round).isEqualTo(Signals.defaultExtractor().extract(e));
                }
            }
        }
        Exchange plain = Exchanges.base().prompt(prompts.get(0)).build();
        Exchange agent = Exchanges.base().prompt(prompts.get(0)).system(systems[1]).build();
        assertThat(reused.extract(plain).skeleton()).isNotEqualTo(reused.extract(agent).skeleton());
    }

    @Test
    void sharedAcrossThreadsGivesTheSameResults() throws Exception {
        SignalExtractor x = Signals.defaultExtractor();
        List<Exchange> exchanges = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            exchanges.add(Exchanges.prompt(PROMPTS[i % PROMPTS.length] + " item " + (i % 7)));
        }
        List<ExchangeSignals> expected = exchanges.stream().map(Signals.defaultExtractor()::extract).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<ExchangeSignals>>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                futures.add(pool.submit(() -> exchanges.stream().map(x::extract).toList()));
            }
            for (Future<List<ExchangeSignals>> f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void promptCharsIsTheFullLength() {
        assertThat(Signals.defaultExtractor().extract(Exchanges.prompt("x".repeat(20_000))).promptChars()).isEqualTo(20_000);
    }

    @Test
    void toStringNamesTheFactoryCall() {
        assertThat(Signals.defaultExtractor()).hasToString("Signals.defaultExtractor()");
    }
}

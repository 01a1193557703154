package org.hydraguard.sim.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusPromptsTest {
    @Test
    void readsTextsByCategoryAndCutsLongOnes(@TempDir Path dir) throws IOException {
        String longText = "x".repeat(9000);
        Files.writeString(dir.resolve("a.jsonl"), "{\"text\":\"What is 2+2?\",\"source\":\"s\",\"category\":\"task-math\"}\n"
                + "{\"text\":\"" + longText + "\",\"source\":\"s\",\"category\":\"task-swe\"}\n\n");
        CorpusPrompts corpus = CorpusPrompts.read(dir);
        assertThat(corpus.texts("task-math")).containsExactly("What is 2+2?");
        assertThat(corpus.texts("task-swe")[0]).hasSize(CorpusPrompts.MAX_CHARS);
        assertThat(corpus.texts("cot")).isEmpty();
        assertThat(corpus.size()).isEqualTo(2);
    }

    @Test
    void aPromptBookWithACorpusSendsItsTexts(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.jsonl"), "{\"text\":\"CORPUS MATH\",\"category\":\"task-math\"}\n");
        PromptBook book = PromptBook.withCorpus(dir);
        SplittableRandom r = new SplittableRandom(5);
        int fromCorpus = 0;
        for (int i = 0; i < 400; i++) {
            fromCorpus += book.task(PromptKind.MATH, r).equals("CORPUS MATH") ? 1 : 0;
        }
        assertThat(fromCorpus).isBetween(240, 360);
    }

    @Test
    void badInputNamesFileLineAndField(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> CorpusPrompts.read(dir.resolve("nope"))).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("nope").hasMessageContaining("does not exist");
        assertThatThrownBy(() -> CorpusPrompts.read(dir)).hasMessageContaining("holds no *.jsonl.gz");
        Files.writeString(dir.resolve("b.jsonl"), "{\"text\":\"ok\",\"category\":\"benign\"}\n{\"category\":\"benign\"}\n");
        assertThatThrownBy(() -> CorpusPrompts.read(dir)).hasMessageContaining("b.jsonl line 2").hasMessageContaining("field text");
        Files.writeString(dir.resolve("b.jsonl"), "{\"text\": 3, \"category\":\"benign\"}\n");
        assertThatThrownBy(() -> CorpusPrompts.read(dir)).hasMessageContaining("line 1").hasMessageContaining("must be a string");
        Files.writeString(dir.resolve("b.jsonl"), "not json\n");
        assertThatThrownBy(() -> CorpusPrompts.read(dir)).hasMessageContaining("line 1").hasMessageContaining("not valid JSON");
    }
}

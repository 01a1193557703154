package org.hydraguard.core.signal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Frames cut at paragraph breaks: a short wrapper paragraph is a frame of its own. */
class ParagraphFramesTest {
    private final SignalExtractor extractor = Signals.defaultExtractor();
    private static final String TASK_A = "A train leaves the station at noon travelling at sixty miles per hour while a second "
            + "train leaves two hours later at eighty miles per hour; when does the second one catch up?";
    private static final String TASK_B = "Write a function that merges overlapping intervals in a list of pairs and returns "
            + "them sorted by their start, handling empty input and nested intervals correctly.";

    private Skeleton skeleton(String prompt) {
        return extractor.extract(Exchanges.prompt(prompt)).skeleton();
    }

    private static int sharedBands(Skeleton a, Skeleton b, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n += a.bandKey(i) == b.bandKey(i) ? 1 : 0;
        }
        return n;
    }

    @Test
    void shortLeadingParagraphIsTheWholeLeadingFrame() {
        Skeleton a = skeleton("Answer thoroughly. Explain your approach.\n\n" + TASK_A);
        Skeleton b = skeleton("Answer thoroughly. Explain your approach.\n\n" + TASK_B);
        assertThat(sharedBands(a, b, SkeletonSketch.LEAD_BAND, SkeletonSketch.TRAIL_BAND)).isEqualTo(SkeletonSketch.BANDS_PER_FRAME);
    }

    @Test
    void withoutAParagraphBreakTheShortWrapperIsDilutedByTheTask() {
        Skeleton a = skeleton("Answer thoroughly. Explain your approach. " + TASK_A);
        Skeleton b = skeleton("Answer thoroughly. Explain your approach. " + TASK_B);
        assertThat(sharedBands(a, b, SkeletonSketch.LEAD_BAND, SkeletonSketch.TRAIL_BAND)).isLessThan(3);
    }

    @Test
    void closingParagraphLongerThanTheFixedTrailIsTakenWhole() {
        String closing = "\n\nShow every intermediate step before the final answer. End with the final answer on its own line.";
        Skeleton a = skeleton(TASK_A + closing);
        Skeleton b = skeleton(TASK_B + closing);
        assertThat(sharedBands(a, b, SkeletonSketch.TRAIL_BAND, SkeletonSketch.SHAPE_BAND)).isEqualTo(SkeletonSketch.BANDS_PER_FRAME);
        // cut only at the paragraph: the same closing words run into the task are a different frame
        Skeleton c = skeleton(TASK_A + " " + closing.strip());
        assertThat(c.bandKey(SkeletonSketch.TRAIL_BAND)).isNotEqualTo(a.bandKey(SkeletonSketch.TRAIL_BAND));
    }

    @Test
    void aGreetingOrBareLabelParagraphIsNotAFrame() {
        TokenizedText t = new TokenizedText().of("Hi,\n\n" + TASK_A);
        assertThat(SkeletonSketch.leadEnd(t)).isEqualTo(SkeletonSketch.LEAD_TOKENS);
        TokenizedText u = new TokenizedText().of("Think step by step please.\n\n" + TASK_A);
        assertThat(SkeletonSketch.leadEnd(u)).isEqualTo(5);
        assertThat(u.flags[5] & TokenizedText.PARA_START).isNotZero();
        assertThat(u.flags[4] & TokenizedText.PARA_START).isZero();
    }

    @Test
    void singleLineBreaksAreNotParagraphs() {
        TokenizedText t = new TokenizedText().of("Answer thoroughly.\n" + TASK_A);
        for (int i = 0; i < t.count; i++) {
            assertThat(t.flags[i] & TokenizedText.PARA_START).isZero();
        }
    }

    @Test
    void shortPromptsAreCoveredWhole() {
        assertThat(skeleton("Continue with the next step. Show your full work.").coversWholePrompt()).isTrue();
        assertThat(skeleton("Answer thoroughly.\n\n" + TASK_A).coversWholePrompt()).isFalse();
    }
}

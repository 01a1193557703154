/**
 * Per-exchange signals: what one request says on its own, computed once on the hot path and read by
 * everything downstream (profiles, links, scores). The way in is {@link org.hydraguard.core.signal.Signals};
 * the result is {@link org.hydraguard.core.signal.ExchangeSignals}. No signal is evidence by itself:
 * honest users ask for step-by-step answers, send benchmark items and use tools. Signals become
 * evidence only in aggregate, per account and across accounts.
 *
 * <h2>Pipeline and cost</h2>
 * The system prompt and the prompt are each tokenised once ({@code TokenizedText}: a single pass, at most
 * the first 4 KB and the last 1 KB of a text, lower-cased, Latin accents folded, digit runs → one
 * {@code 0}, Chinese/Japanese characters one token each). One {@code PhraseMatcher} pass (a token-level
 * regular language: word alternatives, bounded gaps, optional slots, line-start/colon/tag flags; one hash
 * probe per token, no backtracking beyond a few tokens) counts every {@code Cue} family; each detector
 * then scores from the counts. Per-thread scratch is reused; per call only the result, its skeleton and
 * the band array are allocated. Deterministic: fixed hash seeds, no randomness, no clock.
 * Measured with {@code SignalHarness} (test sources, see README-harness.md) on a shared 2-core box with
 * load average ≈ 4 from other builds: 4.3 µs per typical 300-700-character prompt (mean 424 chars) and
 * 5.2 µs over all corpus prompts, best pass of single-thread CPU time. Target: 2 µs; not yet shown,
 * pending a JMH run on a quiet machine. Parts: tokenising ≈ 45%, phrase matching ≈ 25%, MinHash ≈ 30%.
 *
 * <h2>Signals</h2>
 * <dl>
 * <dt>reasoningElicitation (0-1)</dt>
 * <dd>How strongly the request asks for visible reasoning: step by step, think carefully, show/explain
 * your reasoning, walk me through, chain of thought, every intermediate step, reasoning in tags, a
 * casual "explain", "before the final answer", in English and common Chinese, Japanese, Korean,
 * Russian, Spanish, French and German phrasings, in prompt or system prompt, plus the {@code thinking}
 * flag. Families combine as {@code 1 - Π(1 - w)}: every-intermediate-step 0.7, show-reasoning 0.55,
 * tags 0.6, step-by-step 0.5, think-carefully 0.4, before-final 0.25, explain 0.15, thinking flag 0.5.
 * "Think step by step and show every intermediate step" ≈ 0.93; a student's "explain step by step how
 * photosynthesis works" ≈ 0.58; a plain question 0. On the public corpora fewer than 1% of real user
 * prompts reach 0.5 (awesome-chatgpt-prompts, which are instruction templates, 6.8%).
 * Blind spots: phrasings outside the families (they are families, not lists, but still English-centric
 * beyond the listed languages); requests made in few-shot examples rather than instructions.</dd>
 * <dt>capability</dt>
 * <dd>Top area of a weighted, saturating feature sum ({@code CapabilityClassifier}); OTHER when no area
 * reaches 1.0. Measured on /work/shared/data, text only (tools=0, turns=1), share classified as:
 * <pre>
 * category        n      SWE   AGENT  LONG  MATH  OTHER
 * task-swe          589  93.2   0.3   0.0   5.1   1.4
 * task-code        1573  88.3   0.0   0.0  11.7   0.0
 * task-math       21291   0.6   0.2   0.0  97.1   2.1
 * task-agentic    10999   5.5  15.8   0.1  12.2  66.3   (as sent with tools=3: 99.3% AGENTIC)
 * cot             32499   0.6   1.2   0.0  40.8  57.4
 * benign           8365  12.3   1.7   0.7   8.9  76.4
 * distill-instr.  25147  20.0  16.7   0.2  19.7  43.4
 * </pre>
 * Blind spots: agentic benchmark items are often plain questions ("what is the top-selling product in
 * 2022") whose agentic nature is only in the tool definitions, so text-only agentic recall is low and the
 * {@code tools} count carries the area; long-horizon work is mostly visible in turns and length, which
 * one exchange sees only partly; commonsense multiple-choice sets land in OTHER or MATH_REASONING.</dd>
 * <dt>taskLikeness (0-1)</dt>
 * <dd>Self-contained problem with a checkable answer: "write a function…", signatures with docstrings,
 * "given… find…", lettered options, "Answer:", test cases and input/output examples, issue reports with
 * repro steps, grader instructions ("\boxed{}", "output only"); first-person chat damps it. Mean 0.6-0.7 on
 * HumanEval/MBPP, 0.2-0.45 on math and CoT sets, under 0.05 on tool-use requests and red-team chat.
 * Blind spots: tasks paraphrased into conversation ("hey, could you figure out…").</dd>
 * <dt>outputSeeking (0-1)</dt>
 * <dd>Parameters only, so it survives privacy mode: max_tokens graded (2k 0.1, 4k 0.25, 8k 0.5, 16k 0.7,
 * 32k 0.8), thinking 0.35, unstreamed with max_tokens ≥ 8k 0.1, temperature exactly 0 or 1 only 0.05
 * (constancy is a profile question). Blind spots: producers that do not log parameters.</dd>
 * <dt>skeleton</dt>
 * <dd>The wrapper a task is slotted into ({@code SkeletonSketch}). A scripted prompt is usually
 * prefix + task + suffix, and one prompt does not say where the task starts, so the sketch looks at both
 * ends: MinHash over word-bigram shingles of the leading frame (the first paragraph when it has 3-20
 * tokens, else the first 20 tokens) and the trailing frame (the last paragraph when it has 3-20 tokens,
 * else the last 14 tokens; a paragraph starts after a blank line). Wrappers are usually written as
 * their own paragraphs around the pasted task, and a short one ("Answer thoroughly. Explain your
 * approach in detail.") would otherwise be a fraction of a fixed-size frame whose rest is task text;
 * cut at the paragraph, it recurs exactly. {@code Skeleton.coversWholePrompt()} marks prompts of at
 * most 20 tokens, read whole (a scripted continuation such as "Continue with the next step.").
 * Per frame 14 bands × 5 rows, each band key = hash of its 5 minima with frame and band
 * mixed in; plus one band for the line shape (line kinds: blank, numbered, bullet, option, fence,
 * heading, "label:" with its word, text; runs collapsed; only with ≥ 4 elements and ≥ 2 structural
 * ones) and one for the system prompt's hash (tools wrap user text with a fixed system prompt).
 * {@code exactKey} hashes the normalised leading and trailing frames. Frames that are mostly task text
 * are not treated specially; downstream rarity weighting discounts common skeletons.
 * <p>S-curve per frame, P(share a band) = 1 - (1 - J^5)^14 for bigram Jaccard J:
 * J=0.1 → 0.0001, 0.2 → 0.0045, 0.3 → 0.034, 0.5 → 0.36, 0.6 → 0.68, 0.7 → 0.92, 0.8 → 0.996.
 * (4 bands × 4 rows would give only 0.67 at J=0.7.) {@code SkeletonSketchTest} checks the MinHash
 * family against this curve. Measured: same generated wrapper with different tasks 100% (long and short
 * tasks), two-word paraphrase of the wrapper ≈ 96%, unrelated generated wrappers 0/1000; random pairs of
 * real prompts in one category share a band 0.03% (benign), 0.04% (math), 0.03% (agentic); sets built
 * from common templates share more, as they should (T0/P3 templates 1.7%, CoT sets 0.5%).
 * Blind spots: a wrapper shorter than a frame and run into the task without a blank line dilutes
 * with task text (the S-curve says how much); a
 * task-first prompt without a suffix has no wrapper to see; the middle of texts over 5 KB is not read;
 * no prompt text (privacy mode) gives {@link org.hydraguard.core.signal.Skeleton#NONE}.</dd>
 * </dl>
 */
package org.hydraguard.core.signal;

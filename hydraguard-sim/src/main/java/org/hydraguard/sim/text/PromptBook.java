package org.hydraguard.sim.text;

import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Every text the simulator sends: tasks by {@link PromptKind}, follow-up turns, and the fixed texts
 * that many honest users share (coding tools' system prompts and message wrappers, evaluation
 * templates, classroom assignments, batch-job templates, app system prompts), plus campaign
 * {@link WrapperFamily wrappers}. The product's own grammar writes them all; with a corpus, tasks of
 * the kinds the corpus covers are real texts read at run time (a quarter stay generated so that the
 * text stays varied). Immutable and thread-safe; randomness always comes from the caller.
 */
public final class PromptBook {
    private static final double GENERATED_SHARE_WITH_CORPUS = 0.25;
    private static final int CODING_TOOLS = 3;

    private final Grammar grammar;
    private final CorpusPrompts corpus;

    private PromptBook(Grammar grammar, CorpusPrompts corpus) {
        this.grammar = grammar;
        this.corpus = corpus;
    }

    /** Texts from the product's own grammar only. */
    public static PromptBook generated() {
        return new PromptBook(Grammar.load(), null);
    }

    /** Tasks from the prompt files in {@code dir} where they cover a kind; see {@link CorpusPrompts}. */
    public static PromptBook withCorpus(Path dir) {
        return new PromptBook(Grammar.load(), CorpusPrompts.read(dir));
    }

    public boolean usesCorpus() {
        return corpus != null;
    }

    /** A self-contained request of this kind, as a user would type or paste it. */
    public String task(PromptKind kind, SplittableRandom rnd) {
        return task(kind, rnd, true);
    }

    /**
     * A task item as it sits in a task pool or benchmark (no personal context around it): what
     * evaluation harnesses and distillation operators send.
     */
    public String item(PromptKind kind, SplittableRandom rnd) {
        return task(kind, rnd, false);
    }

    private String task(PromptKind kind, SplittableRandom rnd, boolean personal) {
        if (kind == PromptKind.HOMEWORK) {
            return frame("homework.frame", task(PromptKind.MATH, rnd, personal), rnd);
        }
        if (corpus != null && kind.corpusCategory != null) {
            String[] texts = corpus.texts(kind.corpusCategory);
            if (texts.length > 0 && rnd.nextDouble() >= GENERATED_SHARE_WITH_CORPUS) {
                return texts[rnd.nextInt(texts.length)];
            }
        }
        return personal ? generated(kind, rnd) : grammar.expand(kind.bank, rnd);
    }

    /** A generated task; people often add a line of their own context before or after it. */
    private String generated(PromptKind kind, SplittableRandom rnd) {
        StringBuilder out = new StringBuilder(256);
        double u = rnd.nextDouble();
        if (u < 0.2) {
            grammar.expand(grammar.bank("context.before"), rnd, null, 0, out, "");
            out.append(' ');
        }
        grammar.expand(grammar.bank(kind.bank), rnd, null, 0, out, "");
        if (u > 0.65) {
            out.append(u > 0.85 ? "\n\n" : " ");
            grammar.expand(grammar.bank("context.after"), rnd, null, 0, out, "");
        }
        return out.toString();
    }

    /** A task an honest user pastes, sometimes with a line of their own around it. */
    public String pasted(PromptKind kind, SplittableRandom rnd) {
        return frame("paste.frame", task(kind, rnd), rnd);
    }

    /** A later turn of a conversation of this kind (a question back, a correction, a tool result). */
    public String followUp(PromptKind kind, SplittableRandom rnd) {
        return grammar.expand(kind.followUpBank, rnd);
    }

    /** The next instruction of a scripted long-horizon chain ("continue with the next step ..."). */
    public String chainStep(SplittableRandom rnd) {
        return grammar.expand("followup.chain", rnd);
    }

    public int codingTools() {
        return CODING_TOOLS;
    }

    /** The fixed system prompt of coding tool {@code tool}, identical for every user of the tool. */
    public String toolSystem(int tool) {
        return fixed("tool.system." + tool, 0);
    }

    /** The user message a coding tool sends: its fixed wrapper around the user's task. */
    public String toolMessage(int tool, String task, SplittableRandom rnd) {
        StringBuilder out = new StringBuilder(task.length() + 120);
        grammar.expand(grammar.bank("tool.wrap." + tool), rnd, null, 0, out, task);
        return out.toString();
    }

    public int evalTemplates() {
        return grammar.bank("eval.wrap").size();
    }

    /** A benchmark prompt: evaluation template {@code template} (as public harnesses ship them) around a task. */
    public String evalPrompt(int template, String task) {
        StringBuilder out = new StringBuilder(task.length() + 120);
        Grammar.Bank bank = grammar.bank("eval.wrap");
        grammar.expandAlternative(bank.alternatives[Math.floorMod(template, bank.size())], new SplittableRandom(template), null, 0, out, task);
        return out.toString();
    }

    /** A cohort's starter assignment; the same seed gives the same text for every member. */
    public String assignment(long cohortSeed) {
        return grammar.expand("assignment", new SplittableRandom(cohortSeed));
    }

    public int batchTemplates() {
        return grammar.bank("batch.template").size();
    }

    /** Batch template {@code template} around a freshly generated document. */
    public String batchPrompt(int template, SplittableRandom rnd) {
        String doc = grammar.expand("document", rnd);
        StringBuilder out = new StringBuilder(doc.length() + 200);
        Grammar.Bank bank = grammar.bank("batch.template");
        grammar.expandAlternative(bank.alternatives[Math.floorMod(template, bank.size())], rnd, null, 0, out, doc);
        return out.toString();
    }

    /** An application's system prompt, fixed by {@code seed}. */
    public String appSystem(long seed) {
        return fixed("app.system", seed);
    }

    /** The wrappers of one operator; see {@link WrapperFamily}. */
    public WrapperFamily wrappers(long seed, int variants, double paraphraseRate) {
        return new WrapperFamily(grammar, seed, variants, paraphraseRate);
    }

    private String frame(String bank, String task, SplittableRandom rnd) {
        StringBuilder out = new StringBuilder(task.length() + 80);
        grammar.expand(grammar.bank(bank), rnd, null, 0, out, task);
        return out.toString();
    }

    private String fixed(String bank, long seed) {
        return grammar.expand(bank, new SplittableRandom(seed));
    }
}

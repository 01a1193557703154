package org.hydraguard.core.signal;

/**
 * How much a prompt looks like a self-contained graded task or benchmark item, 0-1: a problem statement
 * with a checkable answer ("Write a function that…", a signature with a docstring and examples, "Given…
 * find…", lettered options, "Answer:", test cases, an issue with repro steps, grader instructions such as
 * "put the final answer in \boxed{}" or "output only…"). Independent features combine as
 * {@code 1 - Π(1 - w)}; first-person chat ("I", "my", "hi", "thanks") damps the result a little, since
 * benchmark items are written impersonally.
 */
final class TaskLikeness {
    static void register(PhraseMatcher.Builder b) {
        b.add(Cue.WRITE_CODE_TASK,
                "write|implement|create|complete|define|design|develop|code|generate|fill ~4 function|method|"
                        + "program|class|script|procedure|routine|algorithm|query|solution",
                "write ~2 code", "your task is to", "you are given", "you will be given", "return the|true|false");
        b.add(Cue.GIVEN,
                "given", "suppose", "assume", "assuming", "consider", "^let", "let ~3 be", "if",
                "dado|dada|dados|soit|gegeben|дано|пусть");
        b.add(Cue.SOLVE_VERB,
                "find", "compute", "calculate", "determine", "evaluate", "simplify", "prove", "solve", "derive",
                "show that", "what is the value", "how many", "how much", "what is the|a", "which",
                "calcula|calcule|encuentra|trouve|trouvez|berechne|berechnen|finde|найдите|найди|вычислите|докажите");
        b.add(Cue.ANSWER_FORMAT,
                "answer:", "^answer", "final answer", "boxed", "output only", "only output",
                "respond|reply|answer ~2 with only", "return only", "only ~2 the|your ~1 answer|number|letter|code",
                "just the answer", "format ~3 answer", "the answer is", "put ~3 answer ~3 in",
                "one word", "a single word|number|letter", "express your answer", "expressed as",
                "round{,ed} ~4 to ~2 nearest", "decimal places", "common fraction", "simplest ~1 form",
                "in terms of", "no explanation", "without explanation", "nothing else");
        b.add(Cue.EXAMPLES,
                "^example{,s}", "example{,s}:", "input:", "output:", "^input", "^output",
                "sample input|output", "test case{,s}", "expected output", "assert", "constraints:",
                "examples", "for example", "e g");
        b.add(Cue.ISSUE_REPORT,
                "steps to reproduce", "to reproduce", "expected behavior|behaviour|result|output",
                "actual behavior|behaviour|result|output", "traceback", "reproduc{e,ible,ing,er}",
                "minimal ~2 example", "version{,s}:", "describe the bug", "bug report", "^description:",
                "^environment:");
        b.add(Cue.CHOICES,
                "options:", "choices:", "answer choices", "which of the following", "multiple choice",
                "choose|select|pick ~3 correct|best|one|option");
        b.add(Cue.CONVERSATIONAL,
                "i", "my", "me", "im", "hi", "hello", "hey", "thanks", "thank you", "can|could|would you",
                "help me", "lol", "please");
    }

    double score(int[] cues, TokenizedText prompt) {
        double miss = 1.0;
        miss *= 1.0 - 0.45 * sat(cues[Cue.WRITE_CODE_TASK.ordinal()], 1);
        boolean signature = prompt.docstrings > 0 || cues[Cue.SWE_CODE_LINE.ordinal()] > 0 && prompt.callTokens > 0;
        if (signature) {
            miss *= 1.0 - 0.4;
        }
        int given = cues[Cue.GIVEN.ordinal()];
        int solve = cues[Cue.SOLVE_VERB.ordinal()];
        miss *= 1.0 - (given > 0 && solve > 0 ? 0.3 : 0.15 * sat(solve, 1));
        int options = Math.max(prompt.optionMarks, prompt.shape.optionLines);
        if (options >= 2 || cues[Cue.CHOICES.ordinal()] > 0) {
            miss *= 1.0 - (options >= 2 && cues[Cue.CHOICES.ordinal()] > 0 ? 0.6 : 0.4);
        }
        miss *= 1.0 - 0.5 * sat(cues[Cue.ANSWER_FORMAT.ordinal()], 2);
        miss *= 1.0 - 0.3 * sat(cues[Cue.EXAMPLES.ordinal()], 2);
        miss *= 1.0 - 0.4 * sat(cues[Cue.ISSUE_REPORT.ordinal()], 2);
        if (prompt.dollars >= 2 || prompt.backslashes >= 2) {
            miss *= 1.0 - 0.15;
        }
        double score = 1.0 - miss;
        double chat = Math.min(cues[Cue.CONVERSATIONAL.ordinal()], 4) * 0.08;
        return Math.max(0.0, score * (1.0 - chat));
    }

    /** count/full, capped at 1. */
    private static double sat(int count, int full) {
        return Math.min(count, full) / (double) full;
    }
}

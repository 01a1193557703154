package org.hydraguard.sim.text;

/**
 * What a request is about. A kind is the simulator's intent, never a label: honest users and
 * campaigns draw from the same kinds, and with a corpus the same texts.
 */
public enum PromptKind {
    CHAT("chat", "followup.chat", "benign"),
    WRITING("writing", "followup.writing", "benign"),
    TRANSLATION("translation", "followup.writing", null),
    CODE("code", "followup.code", "task-code"),
    SWE("swe", "followup.code", "task-swe"),
    AGENTIC("agentic", "followup.agent", "task-agentic"),
    PLANNING("planning", "followup.chat", null),
    MATH("math", "followup.math", "task-math"),
    HOMEWORK("math.homework", "followup.math", "task-math"),
    REASONING("reasoning", "followup.math", "cot"),
    EXTRACTION("document", "followup.chat", null),
    /** General instruction following of the kind instruction sets are made of. */
    INSTRUCT("writing", "followup.chat", "distill-instruct");

    final String bank;
    final String followUpBank;
    final String corpusCategory;

    PromptKind(String bank, String followUpBank, String corpusCategory) {
        this.bank = bank;
        this.followUpBank = followUpBank;
        this.corpusCategory = corpusCategory;
    }
}

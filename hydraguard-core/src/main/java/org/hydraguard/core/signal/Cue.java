package org.hydraguard.core.signal;

/**
 * The phrase families the detectors count. One {@link PhraseMatcher} pass over a text fills one counter
 * per cue; each detector then scores from the counters it cares about, so the text is read once.
 */
enum Cue {
    // reasoning-trace elicitation
    STEP_BY_STEP,
    THINK_CAREFULLY,
    SHOW_REASONING,
    EVERY_STEP,
    REASONING_TAGS,
    EXPLAIN,
    BEFORE_FINAL,
    // task / benchmark likeness
    WRITE_CODE_TASK,
    GIVEN,
    SOLVE_VERB,
    ANSWER_FORMAT,
    EXAMPLES,
    ISSUE_REPORT,
    CHOICES,
    CONVERSATIONAL,
    // capability areas
    SWE_LANGUAGE,
    SWE_TERM,
    SWE_ISSUE,
    SWE_CODE_LINE,
    AGENT_TOOLS,
    AGENT_WEB,
    AGENT_ACTION,
    AGENT_SHELL,
    LONG_PLAN,
    LONG_PROJECT,
    MATH_TERM,
    MATH_QUESTION,
    LOGIC;

    static final int COUNT = values().length;
}

package org.hydraguard.core.signal;

/**
 * The line structure of a text, reduced to a sequence of line kinds (blank, numbered item, bullet,
 * option, code fence, heading, {@code label:} with its word, plain text) with runs of one kind collapsed,
 * hashed as it is read. Two prompts laid out by the same template ("Task:", blank, numbered rules,
 * "Answer:") get the same shape hash whatever single-line task text sits in them. Part of
 * {@link TokenizedText}'s single pass; mutable scratch.
 */
final class LineShape {
    private static final long BLANK = 1;
    private static final long TEXT = 2;
    private static final long NUMBERED = 3;
    private static final long BULLET = 4;
    private static final long OPTION = 5;
    private static final long FENCE = 6;
    private static final long HEADER = 7;
    private static final long TAG = 8;
    private static final long QUOTE = 9;
    private static final long CODE = 10;
    private static final long GAP = 11;
    private static final long LABEL = 0x7f4a7c159e3779b9L;

    int lines;
    int blankLines;
    int numberedLines;
    int bulletLines;
    int optionLines;
    int fences;
    int labelLines;
    /** Elements after collapsing runs, and how many of them are structural (neither text nor blank). */
    int elements;
    int markers;
    long hash;
    private long last;

    void reset() {
        lines = blankLines = numberedLines = bulletLines = optionLines = fences = labelLines = 0;
        elements = markers = 0;
        hash = 0x2545f4914f6cdd1dL;
        last = 0;
    }

    void gap() {
        add(GAP);
    }

    /**
     * @param s the window's characters, valid in {@code [0, len)}
     * @param lineFirst index in {@code s} of the line's first non-blank character, -1 for a blank line
     * @param firstToken index of the token starting exactly at {@code lineFirst}, -1 if none does
     */
    void endLine(char[] s, int len, int lineFirst, int firstToken, TokenizedText t) {
        lines++;
        if (lineFirst < 0) {
            blankLines++;
            add(BLANK);
            return;
        }
        char f = s[lineFirst];
        char g = lineFirst + 1 < len ? s[lineFirst + 1] : ' ';
        long kind;
        if (f == '`' && g == '`') {
            fences++;
            kind = FENCE;
        } else if (f == '#') {
            kind = HEADER;
        } else if ((f == '-' || f == '*' || f == '+' || f == '\u2022') && (g == ' ' || g == '\t')) {
            bulletLines++;
            kind = BULLET;
        } else if (f == '(' && lineFirst + 2 < len && s[lineFirst + 2] == ')') {
            optionLines++;
            kind = OPTION;
        } else if (firstToken >= 0) {
            kind = tokenKind(firstToken, t);
        } else if (f == '<') {
            kind = TAG;
        } else if (f == '>') {
            kind = QUOTE;
        } else if (f == '{' || f == '}' || f == '[' || f == ']' || f == ')' || f == ';') {
            kind = CODE;
        } else {
            kind = TEXT;
        }
        add(kind);
    }

    private long tokenKind(int tok, TokenizedText t) {
        int fl = t.flags[tok];
        if ((fl & TokenizedText.LIST_MARK_AFTER) != 0) {
            if ((fl & TokenizedText.NUMERIC) != 0) {
                numberedLines++;
                return NUMBERED;
            }
            optionLines++;
            return OPTION;
        }
        if ((fl & TokenizedText.COLON_AFTER) != 0) {
            labelLines++;
            return LABEL ^ t.hash[tok];
        }
        return TEXT;
    }

    private void add(long kind) {
        if (kind == last) {
            return;
        }
        last = kind;
        elements++;
        if (kind != TEXT && kind != BLANK && kind != GAP) {
            markers++;
        }
        hash = Hash64.combine(hash, kind);
    }
}

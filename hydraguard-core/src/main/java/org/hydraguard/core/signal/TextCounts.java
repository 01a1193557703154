package org.hydraguard.core.signal;

/**
 * The counts of a prompt's characters, tokens and lines that the capability classifier weighs: a
 * small immutable copy of {@link TokenizedText}'s statistics, so that a prompt's classification
 * inputs can be kept with it after the scratch text is refilled.
 */
record TextCounts(int chars, int codeIdentifiers, int callTokens, int braces, int semicolons, int fences,
                  int docstrings, int numberedLines, int bulletLines, int numberTokens, int dollars,
                  int backslashes, int mathOps, int equalSigns, int optionMarks) {

    static TextCounts of(TokenizedText t) {
        return new TextCounts(t.chars, t.codeIdentifiers, t.callTokens, t.braces, t.semicolons, t.shape.fences,
                t.docstrings, t.shape.numberedLines, t.shape.bulletLines, t.numberTokens, t.dollars, t.backslashes,
                t.mathOps, t.equals, t.optionMarks);
    }
}

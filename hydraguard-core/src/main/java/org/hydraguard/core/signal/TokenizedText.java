package org.hydraguard.core.signal;

/**
 * One text cut into word tokens in a single pass, plus the cheap character and line statistics the
 * detectors need. A mutable scratch object: the extractor keeps one per thread and refills it for every
 * text, so the hot path allocates nothing here.
 *
 * <p>Normalisation: letters are lower-cased and Latin accents folded ({@code é → e}, {@code ü → u}),
 * runs of digits hash as a single {@code 0}, everything that is neither letter nor digit separates
 * tokens. Chinese characters and Japanese kana are one token each (those scripts have no spaces); Hangul
 * words are ordinary tokens. {@code _} joins identifiers ({@code snake_case} is one token).
 *
 * <p>Cost bound: at most {@link #HEAD_CHARS} leading and {@link #TAIL_CHARS} trailing characters are
 * read, so a 1 MB prompt costs the same as a 5 KB one. The middle of a long text is never seen.
 */
final class TokenizedText {
    static final int HEAD_CHARS = 4096;
    static final int TAIL_CHARS = 1024;
    private static final int CAPACITY = HEAD_CHARS + TAIL_CHARS + 2;

    static final int LINE_START = 1;
    static final int COLON_AFTER = 1 << 1;
    static final int ANGLE_BEFORE = 1 << 2;
    static final int NUMERIC = 1 << 3;
    static final int PAREN_AFTER = 1 << 4;
    static final int LIST_MARK_AFTER = 1 << 5;
    static final int CJK = 1 << 6;
    static final int BACKSLASH_BEFORE = 1 << 7;
    /**
     * The token opens a paragraph: a blank line (two or more line breaks, with nothing but spaces or
     * punctuation between them) separates it from the previous token. Wrappers are written as their own
     * paragraphs around the pasted task far more often than they are run into it.
     */
    static final int PARA_START = 1 << 8;

    // token arrays, valid in [0, count)
    final long[] hash = new long[CAPACITY];
    final int[] start = new int[CAPACITY];
    final int[] end = new int[CAPACITY];
    final int[] flags = new int[CAPACITY];
    final char[] buf = new char[CAPACITY];
    int count;
    int bufLen;
    int chars;

    // character statistics
    int letters;
    int digits;
    int braces;
    int semicolons;
    int parens;
    int equals;
    int dollars;
    int backslashes;
    int mathOps;
    int angles;
    int backticks;
    boolean cjk;
    boolean hangul;

    // token statistics
    int numberTokens;
    int codeIdentifiers;
    int callTokens;
    int docstrings;
    int optionMarks;

    // line statistics
    final LineShape shape = new LineShape();

    private static final int SPACE = 0;
    private static final int NEWLINE = 1;
    private static final int PUNCT = 2;
    private static final int CJK_CHAR = 3;
    private static final int LOWER = 4;
    private static final int UPPER = 5;
    private static final int DIGIT = 6;
    private static final int UNDERSCORE = 7;
    /** Per ASCII char: class in the high 16 bits, normalised char in the low 16 bits. */
    private static final int[] ASCII = asciiTable();

    private final char[] in = new char[CAPACITY];

    /** Refills this scratch with {@code text}; {@code null} or empty leaves it empty. */
    TokenizedText of(String text) {
        reset();
        if (text == null || text.isEmpty()) {
            return this;
        }
        int len = text.length();
        chars = len;
        if (len <= HEAD_CHARS + TAIL_CHARS) {
            scan(text, 0, len);
        } else {
            scan(text, 0, HEAD_CHARS);
            shape.gap();
            int tail = len - TAIL_CHARS;
            // start the tail at a word boundary so its first token is not a fragment
            int limit = Math.min(len, tail + 32);
            while (tail < limit && !Character.isWhitespace(text.charAt(tail))) {
                tail++;
            }
            scan(text, tail, len);
        }
        return this;
    }

    boolean isEmpty() {
        return count == 0;
    }

    /** Hash of the whole token sequence (with structural flags); 0 when empty. */
    long sequenceHash() {
        long h = 0x51afd7ed558ccd11L;
        for (int i = 0; i < count; i++) {
            h = Hash64.combine(h, hash[i] ^ (flags[i] & COLON_AFTER));
        }
        return count == 0 ? 0L : h;
    }

    private void reset() {
        count = 0;
        bufLen = 0;
        chars = 0;
        letters = digits = braces = semicolons = parens = equals = dollars = backslashes = 0;
        mathOps = angles = backticks = 0;
        cjk = hangul = false;
        numberTokens = codeIdentifiers = callTokens = docstrings = optionMarks = 0;
        shape.reset();
    }

    private void scan(String s, int from, int to) {
        final int len = to - from;
        final char[] in = this.in;
        s.getChars(from, to, in, 0);
        final long[] hash = this.hash;
        final int[] start = this.start;
        final int[] end = this.end;
        final int[] flags = this.flags;
        final char[] buf = this.buf;
        int count = this.count;
        int bufLen = this.bufLen;
        int letters = 0;
        int digits = 0;
        int numbers = 0;
        int identifiers = 0;
        int calls = 0;
        int lineFirst = -1;
        int lineFirstToken = count;
        boolean lineTokenAtFirst = false;
        int breaks = 0;
        int tokStart = -1;
        long h = 0;
        int tf = 0;
        boolean digitRun = false;
        boolean allDigits = true;
        boolean prevLower = false;
        boolean camel = false;
        boolean underscore = false;
        for (int i = 0; i <= len; i++) {
            final char c = i < len ? in[i] : '\n';
            final int packed = c < 128 ? ASCII[c] : wide(c);
            final int cls = packed >>> 16;
            if (cls >= LOWER) {
                if (tokStart < 0) {
                    if (lineFirst < 0) {
                        lineFirst = i;
                        lineTokenAtFirst = true;
                    }
                    tokStart = bufLen;
                    h = Hash64.FNV_OFFSET;
                    tf = (count == lineFirstToken ? LINE_START : 0) | (breaks >= 2 && count > 0 ? PARA_START : 0);
                    breaks = 0;
                    digitRun = false;
                    allDigits = true;
                    prevLower = false;
                    camel = false;
                    underscore = false;
                    if (i > 0) {
                        char p = in[i - 1];
                        if (p == '<' || (p == '/' && i > 1 && in[i - 2] == '<')) {
                            tf |= ANGLE_BEFORE;
                        } else if (p == '\\') {
                            tf |= BACKSLASH_BEFORE;
                        }
                    }
                }
                final char lc = (char) packed;
                buf[bufLen++] = lc;
                if (cls == DIGIT) {
                    digits++;
                    if (!digitRun) {
                        h = h * 31 + '0';
                    }
                    digitRun = true;
                } else {
                    letters++;
                    h = h * 31 + lc;
                    digitRun = false;
                    allDigits = false;
                    camel |= cls == UPPER && prevLower;
                    prevLower = cls == LOWER;
                    underscore |= cls == UNDERSCORE;
                    // fast path: most of any text is runs of lower-case ASCII letters; consuming them in a
                    // tight loop costs one mispredicted branch per word instead of several per letter.
                    // Two letters per step: h * 961 + n * 31 + m is (h * 31 + n) * 31 + m, with half the
                    // multiplications in the chain each letter waits on
                    while (i + 2 < len) {
                        char n = in[i + 1];
                        char m = in[i + 2];
                        if (n < 'a' || n > 'z' || m < 'a' || m > 'z') {
                            break;
                        }
                        buf[bufLen] = n;
                        buf[bufLen + 1] = m;
                        bufLen += 2;
                        h = h * 961 + n * 31 + m;
                        letters += 2;
                        prevLower = true;
                        i += 2;
                    }
                    while (i + 1 < len) {
                        char n = in[i + 1];
                        if (n < 'a' || n > 'z') {
                            break;
                        }
                        buf[bufLen++] = n;
                        h = h * 31 + n;
                        letters++;
                        prevLower = true;
                        i++;
                    }
                }
                continue;
            }
            if (tokStart >= 0) {
                int tokLen = bufLen - tokStart;
                if (allDigits) {
                    tf |= NUMERIC;
                    numbers++;
                }
                if (c == ':') {
                    tf |= COLON_AFTER;
                } else if (c == '(') {
                    tf |= PAREN_AFTER;
                    if (!allDigits) {
                        calls++;
                    }
                } else if ((c == '.' || c == ')') && (allDigits || tokLen == 1)) {
                    tf |= LIST_MARK_AFTER;
                }
                if ((underscore && tokLen > 2) || camel) {
                    identifiers++;
                }
                hash[count] = Hash64.fmix(h);
                start[count] = tokStart;
                end[count] = bufLen;
                flags[count] = tf;
                count++;
                tokStart = -1;
            }
            if (cls == CJK_CHAR) {
                if (lineFirst < 0) {
                    lineFirst = i;
                    lineTokenAtFirst = true;
                }
                cjk = true;
                letters++;
                buf[bufLen] = c;
                hash[count] = Hash64.fmix(Hash64.FNV_OFFSET * 31 + c);
                start[count] = bufLen;
                end[count] = ++bufLen;
                flags[count] = CJK | (count == lineFirstToken ? LINE_START : 0) | (breaks >= 2 && count > 0 ? PARA_START : 0);
                breaks = 0;
                count++;
            } else if (cls == NEWLINE) {
                breaks++;
                shape.endLine(in, len, lineFirst, lineTokenAtFirst && lineFirstToken < count ? lineFirstToken : -1, this);
                lineFirst = -1;
                lineTokenAtFirst = false;
                lineFirstToken = count;
            } else if (cls == PUNCT) {
                if (lineFirst < 0) {
                    lineFirst = i;
                }
                countPunctuation(in, i, len, c);
            }
        }
        this.count = count;
        this.bufLen = bufLen;
        this.letters += letters;
        this.digits += digits;
        this.numberTokens += numbers;
        this.codeIdentifiers += identifiers;
        this.callTokens += calls;
    }

    /** Class and lower-cased, accent-folded character of a non-ASCII char, packed like {@link #ASCII}. */
    private int wide(char c) {
        if (isCjk(c)) {
            return CJK_CHAR << 16 | c;
        }
        if (Character.isLetterOrDigit(c)) {
            if (Character.isDigit(c)) {
                return DIGIT << 16 | '0';
            }
            if (c >= 0xAC00 && c <= 0xD7AF) {
                hangul = true;
            }
            int cls = Character.isUpperCase(c) ? UPPER : LOWER;
            return cls << 16 | Accents.fold(Character.toLowerCase(c));
        }
        return (Character.isWhitespace(c) || c == '\u00a0' ? SPACE : PUNCT) << 16;
    }

    private static int[] asciiTable() {
        int[] t = new int[128];
        for (char c = 0; c < 128; c++) {
            if (c >= 'a' && c <= 'z') {
                t[c] = LOWER << 16 | c;
            } else if (c >= 'A' && c <= 'Z') {
                t[c] = UPPER << 16 | (c + 32);
            } else if (c >= '0' && c <= '9') {
                t[c] = DIGIT << 16 | '0';
            } else if (c == '_') {
                t[c] = UNDERSCORE << 16 | '_';
            } else if (c == '\n') {
                t[c] = NEWLINE << 16;
            } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == 0x0b) {
                t[c] = SPACE << 16;
            } else {
                t[c] = PUNCT << 16;
            }
        }
        return t;
    }

    private void countPunctuation(char[] s, int i, int to, char c) {
        switch (c) {
            case '{', '}' -> braces++;
            case ';' -> semicolons++;
            case ')' -> parens++;
            case '=' -> equals++;
            case '$' -> dollars++;
            case '\\' -> backslashes++;
            case '+', '*', '^' -> mathOps++;
            case '/' -> {
                mathOps++;
                if (i + 1 < to && s[i + 1] == '*') {
                    docstrings++;
                }
            }
            case '"', '\'' -> {
                // a triple quote opens or closes a docstring
                if (i + 2 < to && s[i + 1] == c && s[i + 2] == c) {
                    docstrings++;
                }
            }
            case '<', '>' -> angles++;
            case '`' -> backticks++;
            case '(' -> {
                parens++;
                // "(A)" style answer options
                if (i + 2 < to && s[i + 2] == ')') {
                    char o = s[i + 1];
                    if ((o >= 'a' && o <= 'e') || (o >= 'A' && o <= 'E')) {
                        optionMarks++;
                    }
                }
            }
            default -> { }
        }
    }

    /** Han ideographs, CJK punctuation-free ranges, hiragana and katakana: scripts written without spaces. */
    static boolean isCjk(char c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF);
    }

    /** The hash a word gets as a token, for building lexicons with the same normalisation. */
    static long wordHash(String word) {
        long h = Hash64.FNV_OFFSET;
        boolean digitRun = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isDigit(c)) {
                if (!digitRun) {
                    h = h * 31 + '0';
                }
                digitRun = true;
                continue;
            }
            digitRun = false;
            h = h * 31 + Accents.fold(Character.toLowerCase(c));
        }
        return Hash64.fmix(h);
    }

    /** Whether token {@code t} reads exactly {@code word} (already lower-case). */
    boolean tokenIs(int t, String word) {
        int len = end[t] - start[t];
        if (len != word.length()) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            if (buf[start[t] + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the normalised characters hold {@code needle} at {@code at} (tokens are concatenated without spaces). */
    boolean bufferHas(int at, char[] needle) {
        int n = needle.length;
        if (at + n > bufLen) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (buf[at + k] != needle[k]) {
                return false;
            }
        }
        return true;
    }
}

package org.hydraguard.core.signal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts cue phrases in a {@link TokenizedText}: a small regular language over tokens instead of
 * characters, so one table probe per token replaces dozens of regex scans, and matching can never
 * backtrack without bound.
 *
 * <p>Pattern syntax, slots separated by spaces:
 * <ul>
 *   <li>{@code a|b|c} one of these words; {@code explain{,s,ed,ing}} expands to the listed endings;</li>
 *   <li>a trailing {@code ?} makes the slot optional; {@code ~N} skips up to N arbitrary tokens;</li>
 *   <li>a leading {@code ^} requires the token to start its line, a leading {@code <} requires it to
 *       follow {@code <} or {@code </} (a tag), a trailing {@code :} requires a colon right after it,
 *       a trailing {@code (} requires an opening parenthesis right after it.</li>
 * </ul>
 * The first slot must be a plain word slot: it is the index key. Texts in scripts written without
 * spaces (Chinese, Japanese) are matched by substring over the normalised characters instead.
 *
 * <p>Cost: one open-addressing probe per token plus the rare candidate checks; patterns have at most a
 * handful of slots and gaps of a few tokens, so a match attempt is bounded by a small constant.
 */
final class PhraseMatcher {
    private final long[] keys;
    private final Pattern[][] byKey;
    private final int mask;
    private final char[][] substrings;
    private final int[] substringCues;
    /**
     * The substrings by their first character: {@code firstChars} is an open-addressing table of
     * characters (0 marks an empty slot), {@code startingWith[slot]} the indices of the substrings that
     * start with it. A text is scanned once, trying at each position only the substrings that start
     * with its character, where a scan per substring costs their number times the text's length.
     */
    private final char[] firstChars;
    private final int[][] startingWith;
    /**
     * One bit per character that starts a substring: most characters of a text start none, and one
     * test of this 8 KB array says so without probing the table.
     */
    private final long[] startsSome = new long[(Character.MAX_VALUE + 1) / 64];
    /**
     * One bit per key, at its hash's lowest 12 bits: most tokens of a text start no pattern, and one
     * test of this 512-byte array turns them away without probing the table, where a miss probes on
     * average two or three slots.
     */
    private final long[] keyBits = new long[4096 / 64];

    private PhraseMatcher(Map<Long, List<Pattern>> index, List<char[]> substrings, List<Integer> substringCues) {
        // load factor at most 1/2; 0 marks an empty slot (a token hash of exactly 0 is simply never found)
        int size = Integer.highestOneBit(Math.max(4, index.size() * 2 - 1)) << 1;
        keys = new long[size];
        byKey = new Pattern[size][];
        mask = size - 1;
        for (Map.Entry<Long, List<Pattern>> e : index.entrySet()) {
            long key = e.getKey();
            if (key == 0L) {
                continue;
            }
            int slot = slot(key);
            while (keys[slot] != 0L) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            byKey[slot] = e.getValue().toArray(new Pattern[0]);
            keyBits[(int) (key >>> 6) & (keyBits.length - 1)] |= 1L << key;
        }
        this.substrings = substrings.toArray(new char[0][]);
        this.substringCues = substringCues.stream().mapToInt(Integer::intValue).toArray();
        Map<Character, List<Integer>> byFirst = new LinkedHashMap<>();
        for (int k = 0; k < this.substrings.length; k++) {
            byFirst.computeIfAbsent(this.substrings[k][0], c -> new ArrayList<>()).add(k);
        }
        int charSlots = Integer.highestOneBit(Math.max(2, byFirst.size() * 2 - 1)) << 1;
        firstChars = new char[charSlots];
        startingWith = new int[charSlots][];
        for (Map.Entry<Character, List<Integer>> e : byFirst.entrySet()) {
            int slot = e.getKey() & (charSlots - 1);
            while (firstChars[slot] != 0) {
                slot = (slot + 1) & (charSlots - 1);
            }
            firstChars[slot] = e.getKey();
            startsSome[e.getKey() >>> 6] |= 1L << e.getKey();
            startingWith[slot] = e.getValue().stream().mapToInt(Integer::intValue).toArray();
        }
    }

    static Builder builder() {
        return new Builder();
    }

    /** Adds the number of matches of every cue in {@code text} to {@code counts[cue.ordinal()]}. */
    void count(TokenizedText text, int[] counts) {
        long[] hash = text.hash;
        for (int i = 0, n = text.count; i < n; i++) {
            Pattern[] candidates = lookup(hash[i]);
            if (candidates == null) {
                continue;
            }
            for (Pattern p : candidates) {
                if (p.matchesAt(text, i)) {
                    counts[p.cue]++;
                }
            }
        }
        if ((text.cjk || text.hangul) && substrings.length > 0) {
            countSubstrings(text, counts);
        }
    }

    /** Adds one to the cue of every substring that occurs in the text's normalised characters. */
    private void countSubstrings(TokenizedText text, int[] counts) {
        boolean[] found = new boolean[substrings.length];
        char[] buf = text.buf;
        int mask = firstChars.length - 1;
        for (int i = 0, n = text.bufLen; i < n; i++) {
            char c = buf[i];
            if ((startsSome[c >>> 6] & (1L << c)) == 0) {
                continue;
            }
            // the bit is set only for a character in the table, so the probe ends at it
            int slot = c & mask;
            while (firstChars[slot] != c) {
                slot = (slot + 1) & mask;
            }
            for (int k : startingWith[slot]) {
                if (!found[k] && text.bufferHas(i, substrings[k])) {
                    found[k] = true;
                    counts[substringCues[k]]++;
                }
            }
        }
    }

    private Pattern[] lookup(long h) {
        if ((keyBits[(int) (h >>> 6) & (keyBits.length - 1)] & (1L << h)) == 0) {
            return null;
        }
        long[] k = keys;
        int slot = slot(h);
        long found;
        // probes touch only the long[] table; the pattern array is read on a hit
        while ((found = k[slot]) != 0L) {
            if (found == h) {
                return byKey[slot];
            }
            slot = (slot + 1) & mask;
        }
        return null;
    }

    private int slot(long h) {
        return (int) (h ^ (h >>> 32)) & mask;
    }

    /** Collects patterns; not thread-safe, used once while an extractor is built. */
    static final class Builder {
        private final Map<Long, List<Pattern>> index = new LinkedHashMap<>();
        private final List<char[]> substrings = new ArrayList<>();
        private final List<Integer> substringCues = new ArrayList<>();

        Builder add(Cue cue, String... patterns) {
            for (String pattern : patterns) {
                Pattern p = Pattern.parse(pattern, cue.ordinal());
                for (long key : p.slots[0].words) {
                    index.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
                }
            }
            return this;
        }

        /** Phrases for scripts without word spaces; spaces in {@code phrase} are ignored. */
        Builder addSubstring(Cue cue, String... phrases) {
            for (String phrase : phrases) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < phrase.length(); i++) {
                    char c = phrase.charAt(i);
                    if (!Character.isWhitespace(c)) {
                        sb.append(Character.isDigit(c) ? '0' : Accents.fold(Character.toLowerCase(c)));
                    }
                }
                if (sb.length() == 0) {
                    throw new IllegalArgumentException("substring phrase must not be blank: '" + phrase + "'");
                }
                substrings.add(sb.toString().toCharArray());
                substringCues.add(cue.ordinal());
            }
            return this;
        }

        PhraseMatcher build() {
            return new PhraseMatcher(index, substrings, substringCues);
        }
    }

    private static final class Pattern {
        final Slot[] slots;
        final int cue;
        final String source;

        private Pattern(Slot[] slots, int cue, String source) {
            this.slots = slots;
            this.cue = cue;
            this.source = source;
        }

        static Pattern parse(String source, int cue) {
            String[] parts = source.trim().split("\\s+");
            Slot[] slots = new Slot[parts.length];
            for (int i = 0; i < parts.length; i++) {
                slots[i] = Slot.parse(parts[i], source);
            }
            if (slots[0].gap > 0 || slots[0].optional) {
                throw new IllegalArgumentException(
                        "pattern must start with a required word slot, got '" + parts[0] + "' in '" + source + "'");
            }
            return new Pattern(slots, cue, source);
        }

        /** Whether the pattern matches at token {@code i}, whose hash is known to be in the first slot. */
        boolean matchesAt(TokenizedText t, int i) {
            Slot first = slots[0];
            if ((t.flags[i] & first.requiredFlags) != first.requiredFlags) {
                return false;
            }
            return slots.length == 1 || match(t, 1, i + 1);
        }

        private boolean match(TokenizedText t, int s, int i) {
            if (s == slots.length) {
                return true;
            }
            Slot slot = slots[s];
            if (slot.gap > 0) {
                for (int k = 0; k <= slot.gap; k++) {
                    if (match(t, s + 1, i + k)) {
                        return true;
                    }
                }
                return false;
            }
            if (i < t.count && slot.accepts(t.hash[i], t.flags[i]) && match(t, s + 1, i + 1)) {
                return true;
            }
            return slot.optional && match(t, s + 1, i);
        }

        @Override
        public String toString() {
            return source;
        }
    }

    private static final class Slot {
        final long[] words;
        /**
         * Bit {@code w & 63} set for every word {@code w}: most tokens a slot is tried on are none of its
         * words, and one test of this mask turns them away before the words are scanned.
         */
        final long wordBits;
        final int requiredFlags;
        final boolean optional;
        final int gap;

        private Slot(long[] words, int requiredFlags, boolean optional, int gap) {
            this.words = words;
            this.requiredFlags = requiredFlags;
            this.optional = optional;
            this.gap = gap;
            long bits = 0;
            for (long w : words) {
                bits |= 1L << w;
            }
            this.wordBits = bits;
        }

        boolean accepts(long h, int flags) {
            if ((flags & requiredFlags) != requiredFlags || (wordBits & (1L << h)) == 0) {
                return false;
            }
            for (long w : words) {
                if (w == h) {
                    return true;
                }
            }
            return false;
        }

        static Slot parse(String part, String source) {
            if (part.startsWith("~")) {
                int gap;
                try {
                    gap = Integer.parseInt(part.substring(1));
                } catch (NumberFormatException e) {
                    gap = -1;
                }
                if (gap < 1 || gap > 8) {
                    throw new IllegalArgumentException(
                            "gap must be ~1 to ~8 tokens, got '" + part + "' in '" + source + "'");
                }
                return new Slot(new long[0], 0, false, gap);
            }
            String p = part;
            int flags = 0;
            boolean optional = false;
            if (p.endsWith("?")) {
                optional = true;
                p = p.substring(0, p.length() - 1);
            }
            if (p.startsWith("^")) {
                flags |= TokenizedText.LINE_START;
                p = p.substring(1);
            }
            if (p.startsWith("<")) {
                flags |= TokenizedText.ANGLE_BEFORE;
                p = p.substring(1);
            }
            if (p.endsWith(":")) {
                flags |= TokenizedText.COLON_AFTER;
                p = p.substring(0, p.length() - 1);
            } else if (p.endsWith("(")) {
                flags |= TokenizedText.PAREN_AFTER;
                p = p.substring(0, p.length() - 1);
            }
            List<Long> words = new ArrayList<>();
            for (String alt : p.split("\\|")) {
                for (String w : expand(alt)) {
                    if (w.isEmpty() || !w.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_')) {
                        throw new IllegalArgumentException("word must be letters, digits or '_', got '" + w
                                + "' in '" + source + "'");
                    }
                    words.add(TokenizedText.wordHash(w));
                }
            }
            return new Slot(words.stream().mapToLong(Long::longValue).toArray(), flags, optional, 0);
        }

        /** {@code explain{,s,ed}} → explain, explains, explained. */
        private static List<String> expand(String alt) {
            int open = alt.indexOf('{');
            if (open < 0) {
                return List.of(alt);
            }
            int close = alt.indexOf('}', open);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed '{' in '" + alt + "'");
            }
            List<String> out = new ArrayList<>();
            for (String ending : alt.substring(open + 1, close).split(",", -1)) {
                out.addAll(expand(alt.substring(0, open) + ending + alt.substring(close + 1)));
            }
            return out;
        }
    }
}

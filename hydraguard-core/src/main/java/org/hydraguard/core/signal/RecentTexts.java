package org.hydraguard.core.signal;

/**
 * What recent texts yielded, so that a text that comes back verbatim is not analysed again: apps send
 * the same system prompt with every request, agents and scripted users resend stock follow-ups. Keyed
 * by the text and a context (what else the value depends on), direct-mapped by the text's
 * {@code hashCode}, which a String keeps once computed, or which the caller computed already. Texts
 * longer than the limit are analysed every time and not kept, which bounds the memory. Not
 * thread-safe: one per thread.
 */
final class RecentTexts<V> {
    /** Analyses a text under a context; the value must not be mutated afterwards, as it is handed out again. */
    interface Analysis<V> {
        V of(String text, long context);
    }

    private final int maxChars;
    private final Analysis<V> analysis;
    private final String[] texts;
    private final long[] contexts;
    private final Object[] values;

    /** @param slots a power of two */
    RecentTexts(int slots, int maxChars, Analysis<V> analysis) {
        this.maxChars = maxChars;
        this.analysis = analysis;
        this.texts = new String[slots];
        this.contexts = new long[slots];
        this.values = new Object[slots];
    }

    /** What {@code text} (null allowed) yields under {@code context}: kept, or analysed now. */
    V get(String text, long context) {
        return get(text, text == null ? 0 : text.hashCode(), context);
    }

    /** As {@link #get(String, long)}, with the text's {@code hashCode} already known. */
    @SuppressWarnings("unchecked")
    V get(String text, int hash, long context) {
        if (text == null || text.length() > maxChars) {
            return analysis.of(text, context);
        }
        int slot = (hash ^ (int) (context ^ (context >>> 32))) & (texts.length - 1);
        if (contexts[slot] != context || !text.equals(texts[slot])) {
            values[slot] = analysis.of(text, context);
            texts[slot] = text;
            contexts[slot] = context;
        }
        return (V) values[slot];
    }
}

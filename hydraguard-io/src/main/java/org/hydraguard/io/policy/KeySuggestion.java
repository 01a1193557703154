package org.hydraguard.io.policy;

import java.util.List;
import java.util.Locale;

/** Finds the allowed key a misspelt one was probably meant to be (edit distance, case-insensitive). */
final class KeySuggestion {
    private KeySuggestion() {}

    /** The nearest candidate within a third of the key's length (at least 2 edits), or {@code null}. */
    static String nearest(String key, List<String> candidates) {
        String k = key.toLowerCase(Locale.ROOT).replace('-', '_');
        String best = null;
        int bestDistance = Math.max(2, k.length() / 3) + 1;
        for (String c : candidates) {
            int d = distance(k, c);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Levenshtein distance with two rows. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}

package org.hydraguard.core.engine;

import org.hydraguard.core.model.Capability;
import org.hydraguard.core.model.Exchange;
import org.hydraguard.core.signal.ExchangeSignals;
import org.hydraguard.core.signal.SignalExtractor;
import org.hydraguard.core.signal.Skeleton;

/**
 * A test extractor that reads signals the synthetic stream wrote into the prompt, so engine tests
 * exercise linking and scoring independently of the real text signals. Prompt form:
 * {@code r=0.9;t=0.8;o=0.7;c=AGENTIC;w=WRAPPER~variant;u=item}. A wrapper's variants share all but
 * the last of four band keys (a paraphrase); {@code w=-} means free text (a unique skeleton);
 * {@code w=OPEN|CLOSE} is a wrapper with an opening and a closing paragraph (two frames).
 */
final class TaggedSignals implements SignalExtractor {
    @Override
    public ExchangeSignals extract(Exchange e) {
        String p = e.prompt();
        if (p == null) {
            return new ExchangeSignals(0, Capability.OTHER, 0, 0, Skeleton.NONE, 0, 0);
        }
        double r = 0;
        double t = 0;
        double o = 0;
        Capability c = Capability.OTHER;
        String w = "-";
        String u = "";
        for (String part : p.split(";")) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String k = part.substring(0, eq);
            String v = part.substring(eq + 1);
            switch (k) {
                case "r" -> r = Double.parseDouble(v);
                case "t" -> t = Double.parseDouble(v);
                case "o" -> o = Double.parseDouble(v);
                case "c" -> c = Capability.valueOf(v);
                case "w" -> w = v;
                case "u" -> u = v;
                default -> { }
            }
        }
        // a prompt's length stands for its text: the same item, the same length; different items
        // (almost always) differ, as real tasks slotted into a wrapper do
        return new ExchangeSignals(r, c, t, o, skeleton(w, u), 40 + (int) Math.floorMod(hash("len:" + u), 4000L),
                p.hashCode());
    }

    static Skeleton skeleton(String wrapper, String item) {
        if (wrapper.equals("-")) {
            long h = hash("free:" + item);
            return new Skeleton(h, new long[] {hash(h + "a"), hash(h + "b"), hash(h + "c"), hash(h + "d")});
        }
        // a trailing '!' marks a prompt that is all template (a scripted or stock follow-up)
        boolean whole = wrapper.endsWith("!");
        String w = whole ? wrapper.substring(0, wrapper.length() - 1) : wrapper;
        int tilde = w.indexOf('~');
        String base = tilde < 0 ? w : w.substring(0, tilde);
        int bar = base.indexOf('|');
        if (bar >= 0) {
            // OPEN|CLOSE: a wrapper with an opening and a closing paragraph, a frame of its own each
            long[] bands = new long[2 * DetectionEngine.FRAME_BANDS];
            for (int i = 0; i < DetectionEngine.FRAME_BANDS; i++) {
                bands[i] = hash(base.substring(0, bar) + "/" + i);
                bands[DetectionEngine.FRAME_BANDS + i] = hash(base.substring(bar + 1) + "/" + i);
            }
            return new Skeleton(hash(w), bands, whole);
        }
        return new Skeleton(hash(w), new long[] {hash(base + "/0"), hash(base + "/1"), hash(base + "/2"), hash(w + "/3")}, whole);
    }

    private static long hash(String s) {
        long h = 1125899906842597L;
        for (int i = 0; i < s.length(); i++) {
            h = 31 * h + s.charAt(i);
        }
        return h ^ (h >>> 29);
    }
}

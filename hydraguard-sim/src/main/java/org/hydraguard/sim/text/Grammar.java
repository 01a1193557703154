package org.hydraguard.sim.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A compiled phrase grammar (format documented at the top of {@code grammar.txt}). Expansion is a
 * walk over pre-parsed parts appending to one {@link StringBuilder}, so it allocates nothing per slot
 * and costs about as much as copying the output.
 *
 * <p>Two random sources drive an expansion: {@code fixed} picks every alternative, and when
 * {@code fresh} is given each pick is replaced by a fresh one with probability {@code freshShare}.
 * That is how a wrapper variant (fixed seed) is paraphrased per request (synonym substitution) while
 * the fixed source stays aligned, so the unparaphrased parts remain identical across requests.
 */
final class Grammar {
    /** One bank: its alternatives, each a sequence of parts (String, Bank, NumberSlot or TASK). */
    static final class Bank {
        final String name;
        Object[][] alternatives = new Object[0][];

        Bank(String name) {
            this.name = name;
        }

        int size() {
            return alternatives.length;
        }
    }

    private record NumberSlot(int lo, int hi, boolean decimal) {}

    private static final Object TASK = new Object();
    private static final String RESOURCE = "grammar.txt";

    private final Map<String, Bank> banks;

    private Grammar(Map<String, Bank> banks) {
        this.banks = banks;
    }

    static Grammar load() {
        try (InputStream in = Grammar.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the simulator's grammar resource " + RESOURCE + " is missing from the jar");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the simulator's grammar resource " + RESOURCE, e);
        }
    }

    static Grammar parse(BufferedReader reader) throws IOException {
        Map<String, Bank> banks = new HashMap<>();
        Map<Bank, List<String>> raw = new HashMap<>();
        Bank current = null;
        String line;
        int lineNo = 0;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isBlank() || line.startsWith("# ")) {
                continue;
            }
            if (line.startsWith("@")) {
                String name = line.substring(1).strip();
                current = banks.computeIfAbsent(name, Bank::new);
                raw.computeIfAbsent(current, b -> new ArrayList<>());
                continue;
            }
            if (current == null) {
                throw new IllegalArgumentException("grammar line " + lineNo + ": an alternative before any @bank: " + line);
            }
            raw.get(current).add(line);
        }
        for (Map.Entry<Bank, List<String>> e : raw.entrySet()) {
            List<String> lines = e.getValue();
            Object[][] alts = new Object[lines.size()][];
            for (int i = 0; i < alts.length; i++) {
                alts[i] = compile(lines.get(i), banks, e.getKey().name);
            }
            e.getKey().alternatives = alts;
        }
        for (Bank b : banks.values()) {
            if (b.size() == 0) {
                throw new IllegalArgumentException("grammar bank @" + b.name + " is referenced or declared but has no alternatives");
            }
        }
        return new Grammar(Map.copyOf(banks));
    }

    private static Object[] compile(String text, Map<String, Bank> banks, String owner) {
        List<Object> parts = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char n = text.charAt(++i);
                lit.append(n == 'n' ? '\n' : n);
            } else if (c == '{') {
                int end = text.indexOf('}', i);
                if (end < 0) {
                    throw new IllegalArgumentException("grammar bank @" + owner + ": unclosed '{' in: " + text);
                }
                String slot = text.substring(i + 1, end);
                i = end;
                if (slot.isEmpty()) {
                    lit.append("{}");
                    continue;
                }
                if (lit.length() > 0) {
                    parts.add(lit.toString());
                    lit.setLength(0);
                }
                parts.add(slot(slot, banks, owner));
            } else {
                lit.append(c);
            }
        }
        if (lit.length() > 0) {
            parts.add(lit.toString());
        }
        return parts.toArray();
    }

    private static Object slot(String slot, Map<String, Bank> banks, String owner) {
        if (slot.equals("TASK")) {
            return TASK;
        }
        if (slot.startsWith("int:") || slot.startsWith("dec:")) {
            String[] range = slot.substring(4).split("-", 2);
            try {
                int lo = Integer.parseInt(range[0]);
                int hi = Integer.parseInt(range[1]);
                if (hi < lo) {
                    throw new NumberFormatException("empty range");
                }
                return new NumberSlot(lo, hi, slot.startsWith("dec:"));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("grammar bank @" + owner + ": bad number slot {" + slot + "}, expected {int:LO-HI}", e);
            }
        }
        return banks.computeIfAbsent(slot, Bank::new);
    }

    Bank bank(String name) {
        Bank b = banks.get(name);
        if (b == null) {
            throw new IllegalArgumentException("no grammar bank @" + name);
        }
        return b;
    }

    boolean has(String name) {
        return banks.containsKey(name);
    }

    String expand(String bank, SplittableRandom rnd) {
        StringBuilder out = new StringBuilder(256);
        expand(bank(bank), rnd, null, 0, out, "");
        return out.toString();
    }

    void expand(Bank bank, SplittableRandom fixed, SplittableRandom fresh, double freshShare, StringBuilder out, CharSequence task) {
        int i = fixed.nextInt(bank.size());
        if (fresh != null && fresh.nextDouble() < freshShare) {
            i = fresh.nextInt(bank.size());
        }
        expandAlternative(bank.alternatives[i], fixed, fresh, freshShare, out, task);
    }

    void expandAlternative(Object[] parts, SplittableRandom fixed, SplittableRandom fresh, double freshShare, StringBuilder out, CharSequence task) {
        for (Object p : parts) {
            if (p instanceof String s) {
                out.append(s);
            } else if (p instanceof Bank b) {
                expand(b, fixed, fresh, freshShare, out, task);
            } else if (p instanceof NumberSlot n) {
                SplittableRandom r = fresh != null ? fresh : fixed;
                int v = n.lo() + r.nextInt(n.hi() - n.lo() + 1);
                out.append(v);
                if (n.decimal()) {
                    out.append('.').append(r.nextInt(10));
                }
            } else {
                out.append(task);
            }
        }
    }
}

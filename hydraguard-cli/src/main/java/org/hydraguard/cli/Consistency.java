package org.hydraguard.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hydraguard.core.model.Account;
import org.hydraguard.core.model.Exchange;
import org.hydraguard.core.model.Label;

/**
 * Checks across files that no single record can show: exchanges in time order (the analysis merges
 * files by time and assumes each is sorted), every account that sent exchanges present in the
 * accounts files, and every account labelled. Memory: one set of account ids per kind, which grows
 * with the number of accounts, not of exchanges.
 */
final class Consistency {
    private final Set<String> sending = new HashSet<>();
    private final Set<String> known = new HashSet<>();
    private final Set<String> labelled = new HashSet<>();
    private Instant previous;
    private long outOfOrder;
    private String firstOutOfOrder;

    /** Feeds one accepted record of any kind; records of other kinds are ignored. */
    void observe(Object record) {
        if (record instanceof Exchange e) {
            if (previous != null && e.ts().isBefore(previous)) {
                if (outOfOrder++ == 0) {
                    firstOutOfOrder = e.id() + " at " + e.ts() + " after " + previous;
                }
            } else {
                previous = e.ts();
            }
            sending.add(e.accountId());
        } else if (record instanceof Account a) {
            known.add(a.accountId());
        } else if (record instanceof Label l) {
            if (l.endUserId() == null) {
                labelled.add(l.accountId());
            }
        }
    }

    /** Takes the order findings of a per-file pass, which are the right ones when several files were read. */
    void replaceOrderWith(Consistency perFile) {
        outOfOrder = perFile.outOfOrder;
        firstOutOfOrder = perFile.firstOutOfOrder;
    }

    /** A new file of exchanges starts: order is checked within each file. */
    void nextFile() {
        previous = null;
    }

    /**
     * The problems found, one readable line each; empty when consistent.
     *
     * @param haveAccounts whether account files were given (else membership is not checked)
     * @param haveLabels whether label files were given
     */
    List<String> problems(boolean haveAccounts, boolean haveLabels) {
        List<String> out = new ArrayList<>();
        if (outOfOrder > 0) {
            out.add(String.format("ts order: %,d exchanges are earlier than the one before them in their file "
                    + "(first: %s); sort each file by ts", outOfOrder, firstOutOfOrder));
        }
        if (haveAccounts) {
            missing(out, sending, known, "accounts that sent exchanges but are not in the accounts files");
        }
        if (haveLabels) {
            Set<String> all = new HashSet<>(known);
            all.addAll(sending);
            missing(out, all, labelled, "accounts without a label");
        }
        return out;
    }

    private static void missing(List<String> out, Set<String> have, Set<String> in, String what) {
        List<String> absent = new ArrayList<>();
        for (String id : have) {
            if (!in.contains(id)) {
                absent.add(id);
            }
        }
        if (!absent.isEmpty()) {
            absent.sort(null);
            out.add(String.format("%s: %,d (e.g. %s)", what, absent.size(), String.join(", ", absent.subList(0, Math.min(3, absent.size())))));
        }
    }
}

package org.hydraguard.io.report;

import java.time.LocalDate;

/**
 * A campaign's activity per UTC day from {@code firstDay} on: exchanges sent and members active
 * (members with at least one exchange that day).
 */
public record CampaignSeries(LocalDate firstDay, long[] exchanges, int[] activeMembers) {
    public CampaignSeries {
        if (firstDay == null || exchanges == null || activeMembers == null || exchanges.length != activeMembers.length) {
            throw new IllegalArgumentException("a series needs a first day and two arrays of the same length");
        }
        exchanges = exchanges.clone();
        activeMembers = activeMembers.clone();
    }

    public int days() {
        return exchanges.length;
    }

    public long exchangesOn(int day) {
        return exchanges[day];
    }

    public int activeOn(int day) {
        return activeMembers[day];
    }

    @Override
    public long[] exchanges() {
        return exchanges.clone();
    }

    @Override
    public int[] activeMembers() {
        return activeMembers.clone();
    }

    /** A series with no activity, for a campaign whose inputs were not seen. */
    public static CampaignSeries empty(LocalDate day) {
        return new CampaignSeries(day, new long[1], new int[1]);
    }
}

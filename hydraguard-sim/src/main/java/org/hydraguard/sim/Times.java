package org.hydraguard.sim;

/** Event time is epoch milliseconds throughout the simulator; these are its units. */
final class Times {
    static final long SECOND = 1000L;
    static final long MINUTE = 60 * SECOND;
    static final long HOUR = 60 * MINUTE;
    static final long DAY = 24 * HOUR;
    static final long WEEK = 7 * DAY;
    /** 2026-01-05T00:00Z was a Monday; local weekdays are counted from it. */
    private static final long MONDAY = 1767571200000L;

    private Times() {}

    /** Hour of the local week (0 = Monday 00:00 local) at {@code t} for a UTC offset in hours. */
    static int hourOfWeek(long t, int utcOffsetHours) {
        long local = t + utcOffsetHours * HOUR - MONDAY;
        return (int) Math.floorMod(Math.floorDiv(local, HOUR), 168L);
    }

    /** The next time at or after {@code t} whose local time of day is {@code hour}:00. */
    static long nextLocalHour(long t, int utcOffsetHours, int hour) {
        long offset = utcOffsetHours * HOUR;
        long dayStart = Math.floorDiv(t + offset, DAY) * DAY - offset;
        long at = dayStart + hour * HOUR;
        return at >= t ? at : at + DAY;
    }
}

package org.hydraguard.io;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * Contract times: RFC 3339 in UTC. Writing always gives millisecond precision and a {@code Z}
 * ({@code 2026-04-22T03:14:15.926Z}); sub-millisecond parts are dropped (floor), since the contract
 * promises milliseconds and equal inputs must give equal files. Reading takes the common form
 * {@code YYYY-MM-DDTHH:MM:SS[.f{1,9}]Z} on a hand-written fast path (no allocation besides the
 * Instant) and falls back to {@code java.time} for the rest of RFC 3339, rejecting non-UTC offsets.
 */
final class Timestamps {
    private static final DateTimeFormatter RFC_3339 = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral('T')
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .appendOffsetId()
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT);

    /** java.time alone is laxer than RFC 3339 (it takes "15.Z"), so the shape is checked first. */
    private static final Pattern RFC_3339_SHAPE = Pattern.compile(
            "[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})");
    private static final long YEAR_0 = -62_167_219_200L;
    private static final long END_OF_9999 = 253_402_300_799L;

    private Timestamps() {}

    /** The contract form of {@code t}, always 24 characters for years 0000-9999. */
    static String format(Instant t) {
        char[] out = new char[24];
        int n = format(t, out);
        return n < 0 ? DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(ChronoUnit.MILLIS)) : new String(out, 0, n);
    }

    /** Writes {@code t} into {@code out} (24 chars) and returns the length, or -1 if the year is outside 0-9999. */
    static int format(Instant t, char[] out) {
        if (t.getEpochSecond() < YEAR_0 || t.getEpochSecond() > END_OF_9999) {
            return -1;
        }
        long millis = t.getEpochSecond() * 1000L + t.getNano() / 1_000_000;
        long days = Math.floorDiv(millis, 86_400_000L);
        int msOfDay = (int) Math.floorMod(millis, 86_400_000L);
        // civil_from_days (H. Hinnant): exact for the proleptic Gregorian calendar, no tables.
        long z = days + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long y = yoe + era * 400;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int d = (int) (doy - (153 * mp + 2) / 5 + 1);
        int m = (int) (mp < 10 ? mp + 3 : mp - 9);
        if (m <= 2) {
            y++;
        }
        if (y < 0 || y > 9999) {
            return -1;
        }
        digits(out, 0, (int) y, 4);
        out[4] = '-';
        digits(out, 5, m, 2);
        out[7] = '-';
        digits(out, 8, d, 2);
        out[10] = 'T';
        digits(out, 11, msOfDay / 3_600_000, 2);
        out[13] = ':';
        digits(out, 14, msOfDay / 60_000 % 60, 2);
        out[16] = ':';
        digits(out, 17, msOfDay / 1000 % 60, 2);
        out[19] = '.';
        digits(out, 20, msOfDay % 1000, 3);
        out[23] = 'Z';
        return 24;
    }

    private static void digits(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    /**
     * Parses an RFC 3339 UTC time.
     *
     * @throws IllegalArgumentException naming the value and what was expected
     */
    static Instant parse(String s) {
        Instant fast = parseCommon(s);
        if (fast != null) {
            return fast;
        }
        if (!RFC_3339_SHAPE.matcher(s).matches()) {
            throw new IllegalArgumentException("not an RFC 3339 UTC time: '" + Reject.cut(s, 80) + "'");
        }
        OffsetDateTime odt;
        try {
            odt = OffsetDateTime.parse(s, RFC_3339);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not an RFC 3339 UTC time: '" + Reject.cut(s, 80) + "'");
        }
        if (odt.getOffset().getTotalSeconds() != 0) {
            throw new IllegalArgumentException("times must be UTC (Z or +00:00), found offset "
                    + odt.getOffset() + " in '" + Reject.cut(s, 80) + "'");
        }
        return odt.toInstant();
    }

    /** The fast path for {@code YYYY-MM-DDTHH:MM:SS[.f{1,9}]Z}; null when {@code s} is in any other form. */
    private static Instant parseCommon(String s) {
        int n = s.length();
        if (n < 20 || n > 30 || s.charAt(n - 1) != 'Z' || s.charAt(4) != '-' || s.charAt(7) != '-'
                || s.charAt(10) != 'T' || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return null;
        }
        int year = num(s, 0, 4);
        int month = num(s, 5, 2);
        int day = num(s, 8, 2);
        int hour = num(s, 11, 2);
        int minute = num(s, 14, 2);
        int second = num(s, 17, 2);
        if ((year | month | day | hour | minute | second) < 0 || month < 1 || month > 12 || day < 1
                || day > daysIn(year, month) || hour > 23 || minute > 59 || second > 59) {
            return null; // let java.time produce the precise complaint
        }
        int nanos = 0;
        if (n > 20) {
            if (s.charAt(19) != '.' || n == 21) {
                return null;
            }
            int digits = n - 21;
            int frac = num(s, 20, digits);
            if (frac < 0) {
                return null;
            }
            nanos = frac;
            for (int i = digits; i < 9; i++) {
                nanos *= 10;
            }
        }
        long days = daysFromCivil(year, month, day);
        return Instant.ofEpochSecond(days * 86_400L + hour * 3600L + minute * 60L + second, nanos);
    }

    private static int num(String s, int at, int width) {
        int v = 0;
        for (int i = at; i < at + width; i++) {
            int c = s.charAt(i) - '0';
            if (c < 0 || c > 9) {
                return -1;
            }
            v = v * 10 + c;
        }
        return v;
    }

    private static int daysIn(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    private static long daysFromCivil(int year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153L * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097 + doe - 719_468;
    }
}

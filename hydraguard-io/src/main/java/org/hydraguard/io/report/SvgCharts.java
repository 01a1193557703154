package org.hydraguard.io.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Inline SVG charts drawn in Java, so the report needs no script or external file: a daily column
 * chart and a stacked bar of shares. Labels are escaped like any other text.
 */
final class SvgCharts {
    private static final String[] PALETTE = {"#3b6ea5", "#d08a2e", "#5a9e6f", "#a0527a", "#7f7f7f", "#c4b13d"};
    private static final int WIDTH = 640;
    private static final int HEIGHT = 160;
    private static final int LEFT = 48;
    private static final int BOTTOM = 22;

    private SvgCharts() {}

    /** Columns of one value per day from {@code firstDay}, with the maximum marked on the axis. */
    static String daily(String title, LocalDate firstDay, long[] values, String colour) {
        long max = 1;
        for (long v : values) {
            max = Math.max(max, v);
        }
        int plotW = WIDTH - LEFT - 8;
        int plotH = HEIGHT - BOTTOM - 18;
        double slot = (double) plotW / values.length;
        StringBuilder svg = new StringBuilder(256 + values.length * 120);
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" "
                + "width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"%s\">", WIDTH, HEIGHT, WIDTH, HEIGHT, WIDTH,
                Html.escape(title)));
        svg.append("<text x=\"").append(LEFT).append("\" y=\"12\" class=\"ct\">").append(Html.escape(title)).append("</text>");
        int baseY = HEIGHT - BOTTOM;
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>",
                LEFT, baseY, WIDTH - 8, baseY));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"ax\" text-anchor=\"end\">%,d</text>",
                LEFT - 4, baseY - plotH + 8, max));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"ax\" text-anchor=\"end\">0</text>",
                LEFT - 4, baseY));
        for (int i = 0; i < values.length; i++) {
            double h = (double) values[i] / max * plotH;
            double x = LEFT + i * slot + slot * 0.1;
            LocalDate day = firstDay.plusDays(i);
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s: %,d</title></rect>",
                    x, baseY - h, Math.max(1, slot * 0.8), h, colour, day, values[i]));
        }
        for (int i : labelledDays(values.length)) {
            // a date is ~60 px wide: keep the first and last inside the picture
            double x = Math.min(WIDTH - 34, Math.max(LEFT + 30, LEFT + (i + 0.5) * slot));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"ax\" text-anchor=\"middle\">%s</text>",
                    x, HEIGHT - 6, firstDay.plusDays(i)));
        }
        return svg.append("</svg>").toString();
    }

    static String daily(String title, LocalDate firstDay, int[] values, String colour) {
        long[] wide = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            wide[i] = values[i];
        }
        return daily(title, firstDay, wide, colour);
    }

    /** One bar split by share (e.g. capability mix), with a legend; shares need not sum to 1. */
    static String shares(Map<String, Double> shares) {
        double total = 0;
        for (double v : shares.values()) {
            total += Math.max(0, v);
        }
        StringBuilder svg = new StringBuilder(512);
        int rows = (shares.size() + 2) / 3;
        int height = 30 + rows * 18;
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" "
                + "width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"capability mix\">", WIDTH, height, WIDTH, height));
        double x = 0;
        int k = 0;
        for (Map.Entry<String, Double> e : shares.entrySet()) {
            double share = total <= 0 ? 0 : Math.max(0, e.getValue()) / total;
            double w = share * WIDTH;
            String colour = PALETTE[k % PALETTE.length];
            String name = Html.escape(e.getKey().replace('_', ' '));
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"0\" width=\"%.1f\" height=\"20\" fill=\"%s\"><title>%s: %.1f%%</title></rect>",
                    x, w, colour, name, share * 100));
            int lx = (k % 3) * (WIDTH / 3);
            int ly = 36 + (k / 3) * 18;
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>",
                    lx, ly - 9, colour));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"ax\">%s %.1f%%</text>",
                    lx + 14, ly, name, share * 100));
            x += w;
            k++;
        }
        return svg.append("</svg>").toString();
    }

    /** At most about six evenly spaced day labels, always including the first and the last. */
    private static List<Integer> labelledDays(int days) {
        List<Integer> out = new ArrayList<>();
        int step = Math.max(1, (int) Math.ceil(days / 6.0));
        for (int i = 0; i < days; i += step) {
            out.add(i);
        }
        if (out.get(out.size() - 1) != days - 1 && days - 1 - out.get(out.size() - 1) >= step / 2) {
            out.add(days - 1);
        }
        return out;
    }
}

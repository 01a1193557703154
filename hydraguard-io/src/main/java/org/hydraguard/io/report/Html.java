package org.hydraguard.io.report;

/**
 * Builds HTML text. Every value that may come from input goes through {@link #text(String)} or
 * {@link #escape(String)}; only the renderer's own constant markup is appended raw.
 */
final class Html {
    private final StringBuilder out = new StringBuilder(1 << 14);

    /** Escapes for use in element content and in quoted attribute values (HTML and SVG alike). */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                // control characters other than tab and newlines are not allowed in HTML text
                default -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? "\uFFFD" : null;
            };
            if (rep != null) {
                if (b == null) {
                    b = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                b.append(rep);
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    /** Appends constant markup written by the renderer itself, never input. */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Appends input text, escaped. */
    Html text(String value) {
        out.append(escape(value));
        return this;
    }

    /** {@code <tag class="cls">escaped text</tag>}. */
    Html element(String tag, String cls, String value) {
        out.append('<').append(tag);
        if (cls != null) {
            out.append(" class=\"").append(cls).append('"');
        }
        out.append('>').append(escape(value)).append("</").append(tag).append('>');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}

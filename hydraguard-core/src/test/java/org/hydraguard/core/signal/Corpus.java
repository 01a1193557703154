package org.hydraguard.core.signal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads the public prompt corpora ({@code {"text", "source", "category"}} per line, gzipped JSON Lines)
 * for tests and the harness. Test-only: core has no JSON library, so this reads just the two string
 * fields it needs. The directory comes from {@code -Dhydraguard.corpus} or defaults to
 * {@code /work/shared/data}; nothing from it is ever embedded in the product.
 */
final class Corpus {
    record Prompt(String file, String category, String text) {}

    static Path directory() {
        return Path.of(System.getProperty("hydraguard.corpus", "/work/shared/data"));
    }

    static boolean available() {
        return Files.isDirectory(directory());
    }

    static List<Prompt> all() {
        try (Stream<Path> files = Files.list(directory())) {
            List<Prompt> out = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".jsonl.gz")).sorted().toList()) {
                out.addAll(read(p));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Prompt> read(Path file) {
        String name = file.getFileName().toString().replace(".jsonl.gz", "");
        List<Prompt> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                String text = field(line, "text");
                String category = field(line, "category");
                if (text == null || category == null) {
                    throw new IllegalStateException(file + " line " + n + ": missing field 'text' or 'category'");
                }
                out.add(new Prompt(name, category, text));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
        return out;
    }

    /** The string value of a top-level field, JSON escapes decoded; null when absent. */
    static String field(String json, String name) {
        String key = "\"" + name + "\":";
        int i = json.indexOf(key);
        if (i < 0) {
            return null;
        }
        i += key.length();
        while (json.charAt(i) == ' ') {
            i++;
        }
        if (json.charAt(i) != '"') {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (i++; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '"') {
                return sb.toString();
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = json.charAt(++i);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'u' -> {
                    sb.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> sb.append(e);
            }
        }
        throw new IllegalStateException("unterminated string in field '" + name + "'");
    }
}

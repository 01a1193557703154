package org.hydraguard.sim.text;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Real prompts read at run time from a directory of gzipped JSON Lines files
 * ({@code {"text","source","category"}}). Nothing is embedded: the texts live only in memory for the
 * run. Memory is the corpus size, independent of the simulation's scale. Texts longer than
 * {@link #MAX_CHARS} are cut, as producers truncate long prompts.
 */
final class CorpusPrompts {
    static final int MAX_CHARS = 6000;
    private static final JsonFactory JSON = new JsonFactory();

    private final Map<String, String[]> byCategory;

    private CorpusPrompts(Map<String, String[]> byCategory) {
        this.byCategory = byCategory;
    }

    /** Reads every {@code *.jsonl.gz} and {@code *.jsonl} under {@code dir}, in name order. */
    static CorpusPrompts read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw missing("corpus directory " + dir + " does not exist or is not a directory; pass a directory of *.jsonl.gz prompt files");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".jsonl.gz") || p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list corpus directory " + dir, e);
        }
        if (files.isEmpty()) {
            throw missing("corpus directory " + dir + " holds no *.jsonl.gz or *.jsonl files");
        }
        Map<String, List<String>> texts = new HashMap<>();
        for (Path f : files) {
            readFile(f, texts);
        }
        Map<String, String[]> out = new HashMap<>();
        texts.forEach((k, v) -> out.put(k, v.toArray(String[]::new)));
        return new CorpusPrompts(Map.copyOf(out));
    }

    private static UncheckedIOException missing(String message) {
        return new UncheckedIOException(message, new IOException(message));
    }

    private static void readFile(Path file, Map<String, List<String>> texts) {
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String[] tc = parse(line, file, lineNo);
                if (!tc[0].isBlank()) {
                    String text = tc[0].length() > MAX_CHARS ? tc[0].substring(0, MAX_CHARS) : tc[0];
                    texts.computeIfAbsent(tc[1], k -> new ArrayList<>()).add(text);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read corpus file " + file + ": " + e.getMessage(), e);
        }
    }

    private static String[] parse(String line, Path file, int lineNo) throws IOException {
        String text = null;
        String category = null;
        try (JsonParser p = JSON.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException(file + " line " + lineNo + ": expected a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken v = p.nextToken();
                if (field.equals("text") || field.equals("category")) {
                    if (v != JsonToken.VALUE_STRING) {
                        throw new IOException(file + " line " + lineNo + ": field " + field + " must be a string but was " + v);
                    }
                    if (field.equals("text")) {
                        text = p.getText();
                    } else {
                        category = p.getText();
                    }
                } else {
                    p.skipChildren();
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException(file + " line " + lineNo + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (text == null || category == null) {
            throw new IOException(file + " line " + lineNo + ": field " + (text == null ? "text" : "category") + " is required but missing");
        }
        return new String[] {text, category};
    }

    /** The texts of one category, or an empty array. */
    String[] texts(String category) {
        return byCategory.getOrDefault(category, new String[0]);
    }

    int size() {
        return byCategory.values().stream().mapToInt(a -> a.length).sum();
    }
}

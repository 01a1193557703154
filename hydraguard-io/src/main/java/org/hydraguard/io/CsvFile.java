package org.hydraguard.io;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Records of one CSV stream with a header row naming contract fields (unknown columns are ignored,
 * column order is free). An empty cell is an absent field. Quoted cells may span lines, so line
 * numbers are those where a row starts. A syntax error (an unclosed quote, invalid UTF-8) leaves
 * the parser unable to find the next row, so the rest of that file becomes one reject.
 */
final class CsvFile<T> implements RecordSource<T> {
    private final String name;
    private final CsvParser parser;
    private final RecordSchema<T> schema;
    private final Tally tally;
    private final Rejects rejects;
    private final Object[] slots;
    private final List<String> cells = new ArrayList<>();
    private int[] columns;
    private boolean done;

    CsvFile(String name, InputStream in, RecordSchema<T> schema, Tally tally, Rejects rejects, int maxLineBytes)
            throws IOException {
        this.name = name;
        CsvFactory factory = CsvFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Math.max(maxLineBytes, 1000)).build())
                .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
                .build();
        // a strict UTF-8 reader of our own: given bytes, Jackson would guess UTF-16/32 from the first
        // bytes (and throw while guessing); CSV input is UTF-8 like every contract file
        this.parser = factory.createParser(new BufferedReader(new InputStreamReader(in,
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16));
        this.schema = schema;
        this.tally = tally;
        this.rejects = rejects;
        this.slots = new Object[schema.size()];
    }

    @Override
    public T next() {
        long line = 0;
        while (!done) {
            try {
                JsonToken t = parser.nextToken();
                if (t == null) {
                    done = true;
                    return null;
                }
                line = readRow(t);
                if (columns == null) {
                    header();
                    continue;
                }
            } catch (IOException e) {
                done = true;
                tally.read++;
                reject(line == 0 ? parser.currentLocation().getLineNr() : line, null,
                        "not valid CSV, so the rest of the file cannot be read: " + firstLine(e.getMessage()),
                        String.join(",", cells));
                return null;
            }
            tally.read++;
            try {
                T record = toRecord();
                tally.accepted++;
                return record;
            } catch (BadField b) {
                reject(line, b.field(), b.reason(), String.join(",", cells));
            }
        }
        return null;
    }

    /** Reads one row into {@code cells}; returns the line it starts on (Jackson knows it at the first cell). */
    private long readRow(JsonToken start) throws IOException {
        cells.clear();
        long line = parser.currentLocation().getLineNr();
        if (start != JsonToken.START_ARRAY) {
            throw new IOException("expected a row, found " + start);
        }
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            if (t == null) {
                throw new IOException("the file ends inside a row");
            }
            if (cells.isEmpty()) {
                line = parser.currentTokenLocation().getLineNr();
            }
            String cell = parser.getText();
            tally.bytes += cell.length();
            cells.add(cell);
        }
        return line;
    }

    private void header() {
        columns = new int[cells.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = schema.indexOf(cells.get(i).strip());
        }
    }

    private T toRecord() throws BadField {
        if (cells.size() != columns.length) {
            throw new BadField(null, "row has " + cells.size() + " cells but the header has " + columns.length);
        }
        Arrays.fill(slots, null);
        for (int c = 0; c < columns.length; c++) {
            int i = columns[c];
            if (i >= 0 && !cells.get(c).isEmpty()) {
                slots[i] = CsvValues.convert(schema.field(i), cells.get(c));
            }
        }
        return schema.build(slots);
    }

    private void reject(long line, String field, String reason, String raw) {
        tally.rejected++;
        rejects.add(new Reject(name, line, field, reason, raw));
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}

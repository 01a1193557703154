package org.hydraguard.io;

import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;

/** CSV with a header row; each record becomes one row of {@link CsvColumns}, quoted where needed. */
final class CsvWriter<T> implements RecordWriter<T> {
    private final CsvGenerator generator;
    private final Function<T, String[]> toRow;

    CsvWriter(OutputStream out, List<String> columns, Function<T, String[]> toRow) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder();
        for (String c : columns) {
            schema.addColumn(c);
        }
        this.generator = new CsvFactory().createGenerator(out);
        this.generator.setSchema(schema.setUseHeader(true).build());
        this.toRow = toRow;
    }

    @Override
    public void write(T record) throws IOException {
        String[] row;
        try {
            row = toRow.apply(record);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
        generator.writeStartArray();
        for (String cell : row) {
            // writeNull() would drop the cell in array mode and shift the row; absent is an empty cell
            generator.writeString(cell == null ? "" : cell);
        }
        generator.writeEndArray();
    }

    @Override
    public void close() throws IOException {
        generator.close();
    }
}

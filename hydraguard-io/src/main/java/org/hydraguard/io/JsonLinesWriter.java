package org.hydraguard.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;

/** One record per line through one streaming generator; memory is the generator's buffer only. */
final class JsonLinesWriter<T> implements RecordWriter<T> {
    /** How one kind of record is written; the methods of {@link ContractJson}. */
    @FunctionalInterface
    interface RecordBody<T> {
        void write(JsonGenerator g, T record) throws IOException;
    }

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final JsonGenerator generator;
    private final RecordBody<T> body;

    JsonLinesWriter(OutputStream out, RecordBody<T> body) throws IOException {
        this.generator = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        this.generator.setRootValueSeparator(null); // lines are framed by the '\n' written after each record
        this.body = body;
    }

    @Override
    public void write(T record) throws IOException {
        body.write(generator, record);
        generator.writeRaw('\n');
    }

    @Override
    public void close() throws IOException {
        generator.close();
    }
}

package org.hydraguard.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.hydraguard.io.Reconciliation;

/**
 * run.json: what an analysis read, how long it took, where its CPU went and on what. {@code evaluate} reads
 * {@code wall_seconds} and {@code exchanges_per_second} from it.
 */
final class RunJson {
    private RunJson() {}

    static void write(Path file, Analysis.Outcome o, Map<String, Number> engine) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)
                .useDefaultPrettyPrinter()) {
            double seconds = o.wall().toNanos() / 1e9;
            g.writeStartObject();
            g.writeNumberField("exchanges", o.exchanges());
            g.writeNumberField("wall_seconds", seconds);
            g.writeNumberField("exchanges_per_second", seconds <= 0 ? 0 : o.exchanges() / seconds);
            g.writeNumberField("campaigns", o.campaigns().size());
            g.writeNumberField("decisions", o.decisions());
            g.writeNumberField("subjects_actioned", o.subjectsActioned());
            g.writeNumberField("rejects", o.rejects());
            g.writeObjectFieldStart("reconciliation");
            for (Map.Entry<String, Reconciliation> e : o.reconciliation().entrySet()) {
                Reconciliation r = e.getValue();
                g.writeObjectFieldStart(e.getKey());
                g.writeNumberField("read", r.read());
                g.writeNumberField("accepted", r.accepted());
                g.writeNumberField("rejected", r.rejected());
                g.writeNumberField("duplicates", r.duplicates());
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeObjectFieldStart("engine");
            for (Map.Entry<String, Number> e : new TreeMap<>(engine).entrySet()) {
                g.writeFieldName(e.getKey());
                Number n = e.getValue();
                if (n instanceof Double || n instanceof Float) {
                    g.writeNumber(n.doubleValue());
                } else {
                    g.writeNumber(n.longValue());
                }
            }
            g.writeEndObject();
            // where the CPU went (garbage collection and the JIT are in "other"): which stage limits a run
            StageCpu.Split cpu = o.cpu();
            g.writeObjectFieldStart("cpu_seconds");
            g.writeNumberField("reading", cpu.readingSeconds());
            g.writeNumberField("signals", cpu.signalsSeconds());
            g.writeNumberField("engine", cpu.engineSeconds());
            g.writeNumberField("other", cpu.otherSeconds());
            g.writeNumberField("process", cpu.processSeconds());
            g.writeEndObject();
            g.writeStringField("java_version", Runtime.version().toString());
            g.writeNumberField("heap_max_bytes", Runtime.getRuntime().maxMemory());
            g.writeNumberField("processors", Runtime.getRuntime().availableProcessors());
            g.writeEndObject();
        }
    }
}

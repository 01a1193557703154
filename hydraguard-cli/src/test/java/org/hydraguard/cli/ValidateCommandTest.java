package org.hydraguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ValidateCommandTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {}

    private Run run(String... args) {
        CommandLine cl = HydraguardCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static String exchange(String id) {
        return "{\"id\":\"" + id + "\",\"ts\":\"2026-04-22T03:14:15.926Z\",\"account_id\":\"acct_1\",\"ip\":\"198.51.100.23\","
                + "\"api\":\"openai.chat\",\"model\":\"m\",\"turns\":1,\"status\":200,\"input_tokens\":1,\"output_tokens\":2}";
    }

    private Path write(String name, List<String> lines) throws IOException {
        Path file = dir.resolve(name);
        byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        if (name.endsWith(".gz")) {
            try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(file))) {
                o.write(bytes);
            }
        } else {
            Files.write(file, bytes);
        }
        return file;
    }

    @Test
    void cleanFilesExitZeroWithOneReconciliationLinePerKindAndNoRejectsFile() throws IOException {
        Path ex = write("exchanges.jsonl.gz", List.of(exchange("a"), exchange("b"), exchange("a")));
        Path acc = write("accounts.csv", List.of("account_id,created_at", "acct_1,2026-01-01T00:00:00Z"));
        Path rejects = dir.resolve("rejects.jsonl");
        Run r = run("validate", "--exchanges", ex.toString(), "--accounts", acc.toString(), "--rejects", rejects.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).isEqualTo("exchanges: read 3, accepted 2, rejected 0, duplicates 1\n"
                + "accounts: read 1, accepted 1, rejected 0, duplicates 0\n");
        assertThat(r.err()).isEmpty();
        assertThat(rejects).doesNotExist();
    }

    @Test
    void filesThatDisagreeExitFourAndSayHow() throws IOException {
        String early = exchange("early").replace("acct_1", "acct_2").replace("03:14:15.926Z", "01:00:00.000Z");
        Path ex = write("exchanges.jsonl", List.of(exchange("a"), early));
        Path acc = write("accounts.jsonl", List.of("{\"account_id\":\"acct_1\",\"created_at\":\"2026-01-01T00:00:00Z\"}"));
        Path lab = write("labels.jsonl", List.of("{\"account_id\":\"acct_1\",\"actor\":\"benign\"}"));

        Run r = run("validate", "--exchanges", ex.toString(), "--accounts", acc.toString(), "--labels", lab.toString(),
                "--rejects", dir.resolve("rejects.jsonl").toString());

        assertThat(r.exit()).isEqualTo(ExitCodes.REJECTS);
        assertThat(r.err())
                .contains("inconsistent: ts order: 1 exchanges are earlier than the one before them in their file "
                        + "(first: early at 2026-04-22T01:00:00Z after 2026-04-22T03:14:15.926Z); sort each file by ts")
                .contains("inconsistent: accounts that sent exchanges but are not in the accounts files: 1 (e.g. acct_2)")
                .contains("inconsistent: accounts without a label: 1 (e.g. acct_2)");
        assertThat(r.out()).contains("exchanges: read 2, accepted 2, rejected 0, duplicates 0");
    }

    @Test
    void orderIsJudgedWithinEachFileNotAcrossThem() throws IOException {
        Path late = write("late.jsonl", List.of(exchange("a")));
        Path early = write("early.jsonl", List.of(exchange("b").replace("03:14:15.926Z", "01:00:00.000Z")));

        Run r = run("validate", "--exchanges", late.toString(), early.toString(),
                "--rejects", dir.resolve("rejects.jsonl").toString());

        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.err()).doesNotContain("inconsistent");
    }

    @Test
    void rejectsExitFourPrintTwentyErrorsAndWriteThemAll() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            lines.add(exchange("ok" + i));
            lines.add(exchange("bad" + i).replace("\"status\":200", "\"status\":\"200\""));
        }
        Path ex = write("e.jsonl", lines);
        Path more = write("f.jsonl", List.of(exchange("z").replace("\"ts\":\"2026-04-22T03:14:15.926Z\"", "\"ts\":\"2026-13-01T00:00:00Z\"")));
        Path rejects = dir.resolve("out").resolve("..").resolve("rejects.jsonl").normalize();
        Run r = run("validate", "--exchanges", ex.toString(), more.toString(), "--rejects", rejects.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.REJECTS);
        assertThat(r.out()).isEqualTo("exchanges: read 61, accepted 30, rejected 31, duplicates 0\n");
        List<String> err = r.err().lines().toList();
        assertThat(err).hasSize(21);
        assertThat(err.get(0)).isEqualTo(ex + ":2: field status: expected an integer, found a string \"200\"");
        assertThat(err.get(19)).isEqualTo(ex + ":40: field status: expected an integer, found a string \"200\"");
        assertThat(err.get(20)).isEqualTo("... and 11 more, see " + rejects);
        List<String> written = Files.readAllLines(rejects);
        assertThat(written).hasSize(31);
        assertThat(written.get(30)).contains("\"file\":\"" + more + "\"", "\"line\":1", "\"field\":\"ts\"",
                "not an RFC 3339 UTC time: '2026-13-01T00:00:00Z'");
    }

    @Test
    void aFileThatCannotBeReadExitsThreeBeforeReadingAnything() throws IOException {
        Path ex = write("e.jsonl", List.of(exchange("a")));
        Path missing = dir.resolve("nope.jsonl");
        Run r = run("validate", "--exchanges", ex.toString(), "--labels", missing.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("hydraguard validate: cannot read labels file '" + missing + "': no such file\n");
    }

    @Test
    void aTooSmallLineLimitRejectsLongLinesAndNamesTheOption() throws IOException {
        Path ex = write("e.jsonl", List.of(exchange("a")));
        Run r = run("validate", "--exchanges", ex.toString(), "--max-line-bytes", "50", "--rejects",
                dir.resolve("r.jsonl").toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.REJECTS);
        assertThat(r.err()).startsWith(ex + ":1: line is " + exchange("a").length()
                + " bytes, longer than the limit of 50; raise --max-line-bytes\n");
    }

    @Test
    void noInputIsAUsageError() {
        Run r = run("validate");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).startsWith("hydraguard validate: nothing to check; give at least one of --exchanges");
    }

    @Test
    void helpDocumentsTheReconciliationLineAndExitCodes() {
        Run r = run("validate", "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("--exchanges", "--rejects", "--max-line-bytes", "read = accepted + rejected + duplicates",
                "4  records were rejected or files are inconsistent (validate)", "accounts without a label");
    }

    @Test
    void progressIsSilentWhenNotShownAndRedrawsAtMostFiveTimesASecond() {
        StringWriter quiet = new StringWriter();
        try (Progress p = new Progress(new PrintWriter(quiet), "exchanges", false, () -> 0L)) {
            for (int i = 0; i < 10_000; i++) {
                p.tick();
            }
        }
        assertThat(quiet.toString()).isEmpty();

        StringWriter shown = new StringWriter();
        long[] now = {0};
        try (Progress p = new Progress(new PrintWriter(shown), "exchanges", true, () -> now[0])) {
            for (int i = 0; i < 1024 * 10; i++) {
                now[0] += 10_000_000L; // 10 ms per record: a redraw is due every 20 records, allowed every 1024
                p.tick();
            }
        }
        assertThat(shown.toString()).contains("\rexchanges: 1,024 records, 100/s").contains("10,240 records, 100/s");
        assertThat(shown.toString().split("\r").length - 1).isEqualTo(11);
    }
}

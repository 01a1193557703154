package org.hydraguard.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code hydraguard replay}: streams contract files into a running service, optionally paced by
 * event time, so that a recorded or simulated day can be watched (or load-tested) live.
 */
@Command(
        name = "replay",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Streams exchanges (and first the accounts) from contract files into a running 'hydraguard serve'",
            "through POST /v1/accounts and /v1/exchanges, in batches, optionally paced by event time.",
            "The ingest token comes from --token or HYDRAGUARD_TOKEN_INGEST. A busy service (429) is waited out",
            "and the batch re-sent; re-sending is safe because ingest is idempotent on exchange id."
        },
        footer = {"", ExitCodes.HELP_SECTION})
final class ReplayCommand implements Callable<Integer> {
    @Option(names = "--exchanges", arity = "1..*", required = true, paramLabel = "FILE", description = "exchange files")
    List<Path> exchanges;

    @Option(names = "--accounts", arity = "1..*", paramLabel = "FILE", description = "account files, sent first")
    List<Path> accounts = List.of();

    @Option(names = "--url", defaultValue = "http://127.0.0.1:8080/", description = "the service (default: ${DEFAULT-VALUE})")
    URI url;

    @Option(names = "--token", description = "ingest token (default: the HYDRAGUARD_TOKEN_INGEST environment variable)")
    String token;

    @Option(names = "--speed", defaultValue = "0", description = "event-time seconds sent per wall-clock second;"
            + " 0 sends as fast as the service takes them (default: ${DEFAULT-VALUE})")
    double speed;

    @Option(names = "--batch", defaultValue = "500", description = "records per request (default: ${DEFAULT-VALUE})")
    int batch;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String ingestToken = token != null ? token : System.getenv("HYDRAGUARD_TOKEN_INGEST");
        if (ingestToken == null || ingestToken.isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "no ingest token: pass --token or set HYDRAGUARD_TOKEN_INGEST");
        }
        if (batch < 1 || speed < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--batch must be at least 1 and --speed at least 0; got " + batch + " and " + speed);
        }
        ExchangeStream stream = new ExchangeStream(new IngestClient(url.resolve("/"), ingestToken), batch, speed, System::nanoTime);
        Progress progress = Progress.start(err, "replaying");
        long invalid = stream.sendFiles(accounts, exchanges, progress::tick);
        progress.done(1.0);
        out.println(stream.summary());
        if (invalid > 0) {
            err.println("replay: " + invalid + " records in the files were invalid and not sent");
        }
        return ExitCodes.OK;
    }
}

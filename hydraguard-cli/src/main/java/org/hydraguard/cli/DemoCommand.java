package org.hydraguard.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The newcomer's first command. By default it shows the product as it runs in production: the
 * service with its embedded store, the {@code quickstart} scenario streamed into it in accelerated
 * time, and the console URL, so that a campaign appears in front of the user within seconds.
 * {@code --offline} instead runs the file-based pipeline (simulate, analyze, evaluate) and names
 * the report. Both run the very same commands a user would run by hand.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Simulates the quickstart scenario (a few thousand honest accounts and one distillation campaign over",
            "seven days), starts the service with its embedded store, streams the week into it in about a minute",
            "and prints the console's address and a login token; the service keeps running until Ctrl-C.",
            "With --offline: simulates, analyses and evaluates the scenario from files and prints where the report is."
        },
        footer = {"", ExitCodes.HELP_SECTION})
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--out", description = "Directory for the demo's files (default: ${DEFAULT-VALUE}).",
            defaultValue = "hydraguard-demo")
    Path out;

    @Option(names = "--seed", description = "Simulator seed (default: ${DEFAULT-VALUE}).", defaultValue = "1")
    long seed;

    @Option(names = "--corpus", description = "Directory of real prompt files to draw prompt text from "
            + "(gzipped JSON Lines {text, source, category}); without it the built-in generator writes the text.")
    Path corpus;

    @Option(names = "--port", defaultValue = "8080", description = "Port of the live demo's service, 0 for any free one"
            + " (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--minutes", defaultValue = "1", description = "Wall-clock minutes to stream the simulated week in"
            + " (default: ${DEFAULT-VALUE}).")
    double minutes;

    @Option(names = "--exit-when-done", description = "Stop the service once the week is streamed (for scripts and tests).")
    boolean exitWhenDone;

    @Option(names = "--offline", description = "Run simulate, analyze and evaluate on files instead of the live service.")
    boolean offline;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        if (minutes <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--minutes must be above 0: " + minutes);
        }
        Path data = out.resolve("data");
        Files.createDirectories(out);
        int code = run(stdout, err, simulate(data));
        if (code != ExitCodes.OK) {
            return code;
        }
        if (offline) {
            return offline(stdout, err, data);
        }
        return live(stdout, err, data);
    }

    private String[] simulate(Path data) {
        return corpus == null
                ? new String[] {"simulate", "--scenario", "quickstart", "--seed", Long.toString(seed), "--out", data.toString()}
                : new String[] {"simulate", "--scenario", "quickstart", "--seed", Long.toString(seed), "--out", data.toString(),
                    "--corpus", corpus.toString()};
    }

    private int offline(PrintWriter stdout, PrintWriter err, Path data) {
        Path results = out.resolve("results");
        String[][] steps = {
            {"analyze", "--exchanges", data.resolve("exchanges.jsonl.gz").toString(),
                "--accounts", data.resolve("accounts.jsonl").toString(), "--out", results.toString()},
            {"evaluate", "--data", data.toString(), "--results", results.toString()}
        };
        for (String[] step : steps) {
            int code = run(stdout, err, step);
            if (code != ExitCodes.OK) {
                return code;
            }
        }
        stdout.println();
        stdout.println("Report: " + results.resolve("report.html").toAbsolutePath());
        stdout.println("Campaigns: " + results.resolve("campaigns.jsonl").toAbsolutePath());
        return ExitCodes.OK;
    }

    private int live(PrintWriter stdout, PrintWriter err, Path data) throws Exception {
        LiveDemo demo = LiveDemo.start(out.resolve("store"), port);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            demo.close();
            stopped.countDown();
        }, "hydraguard-demo-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            URI console = demo.consoleUrl();
            stdout.println();
            stdout.println("Console:  " + console + "#token=" + demo.token());
            stdout.println("          (the link signs you in; or open " + console + " and paste the token)");
            stdout.println("Streaming the quickstart week into the service in about " + format(minutes)
                    + " minute(s); the campaign shows up in the console's queue as it is found.");
            stdout.flush();
            double speed = Duration.ofDays(7).toSeconds() / (minutes * 60);
            ExchangeStream stream = new ExchangeStream(new IngestClient(demo.baseUrl(), demo.token()), 500, speed,
                    System::nanoTime);
            demo.stream(stream, data, err);
            stdout.println(stream.summary());
            stdout.println(demo.describeCampaigns());
            if (exitWhenDone) {
                return ExitCodes.OK;
            }
            stdout.println("The service keeps running; press Ctrl-C to stop it.");
            stdout.flush();
            stopped.await();
            return ExitCodes.OK;
        } finally {
            if (exitWhenDone) {
                Runtime.getRuntime().removeShutdownHook(hook);
                demo.close();
            }
        }
    }

    private static String format(double minutes) {
        return minutes == Math.rint(minutes) ? Long.toString((long) minutes) : Double.toString(minutes);
    }

    private static int run(PrintWriter stdout, PrintWriter err, String[] step) {
        stdout.println();
        stdout.println("$ hydraguard " + String.join(" ", step));
        stdout.flush();
        CommandLine line = HydraguardCommand.commandLine();
        line.setOut(stdout);
        line.setErr(err);
        int code = line.execute(step);
        if (code != ExitCodes.OK) {
            err.println("hydraguard demo: step '" + step[0] + "' failed with exit code " + code);
        }
        return code;
    }
}

package org.hydraguard.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code hydraguard} command; each subcommand lives in its own class. */
@Command(
        name = "hydraguard",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Finds, attributes and stops distillation campaigns against an LLM API.",
        footer = {"", ExitCodes.HELP_SECTION},
        subcommands = {
            CommandLine.HelpCommand.class,
            ValidateCommand.class,
            SimulateCommand.class,
            EvaluateCommand.class,
            AnalyzeCommand.class,
            PolicyCommand.class,
            DemoCommand.class,
            BenchCommand.class,
            ServeCommand.class,
            ReplayCommand.class
        })
public final class HydraguardCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The configured command line: usage errors exit 2, internal errors 1 with a one-line message. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new HydraguardCommand());
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println("hydraguard " + line.getCommandName() + ": " + describe(ex));
            return ex instanceof java.io.UncheckedIOException || ex instanceof java.io.IOException
                    ? ExitCodes.INPUT : ExitCodes.INTERNAL;
        });
        return cl;
    }

    private static String describe(Throwable ex) {
        String message = ex.getMessage();
        return message == null ? ex.getClass().getSimpleName() : message;
    }
}

package org.hydraguard.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hydraguard.core.policy.Policy;
import org.hydraguard.io.policy.PolicyYaml;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Prints the shipped policy, or checks a policy file and prints it as it will be applied. */
@Command(
        name = "policy",
        mixinStandardHelpOptions = true,
        description = {
            "Prints the default policy as YAML (a starting point for --policy FILE),",
            "or checks a policy file and prints it with every default filled in."
        },
        footer = {"", ExitCodes.HELP_SECTION})
final class PolicyCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    static final class What {
        @Option(names = "--print-defaults", required = true, description = "print the shipped default policy")
        boolean printDefaults;

        @Option(names = "--check", required = true, paramLabel = "FILE",
                description = "check a policy file and print the policy it gives")
        Path check;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (what.printDefaults) {
            out.print(PolicyYaml.write(Policy.defaults()));
            out.flush();
            return ExitCodes.OK;
        }
        try {
            out.print(PolicyYaml.write(PolicyYaml.load(what.check)));
            out.flush();
            return ExitCodes.OK;
        } catch (NoSuchFileException e) {
            spec.commandLine().getErr().println("hydraguard policy: cannot read " + e.getFile() + ": no such file");
            return ExitCodes.INPUT;
        } catch (IOException e) {
            spec.commandLine().getErr().println("hydraguard policy: " + e.getMessage());
            return ExitCodes.INPUT;
        }
    }
}

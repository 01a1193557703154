package org.hydraguard.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.hydraguard.core.engine.DetectionEngine;
import org.hydraguard.core.model.Account;
import org.hydraguard.core.policy.Policy;
import org.hydraguard.core.signal.Signals;
import org.hydraguard.io.ContractReaders;
import org.hydraguard.io.ReadOptions;
import org.hydraguard.io.RecordReader;
import org.hydraguard.io.Rejects;
import org.hydraguard.io.policy.PolicyYaml;
import org.hydraguard.server.DecisionBoard;
import org.hydraguard.server.HydraguardServer;
import org.hydraguard.server.LiveEngine;
import org.hydraguard.server.Role;
import org.hydraguard.server.ServerSettings;
import org.hydraguard.server.Tokens;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs the engine live behind HTTP: ingest, decisions and the gateway check. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Runs the detection engine as a service: POST /v1/exchanges and /v1/accounts (JSON Lines),",
            "GET /v1/decisions/{account_id}, an Envoy ext_authz-compatible check at /v1/check, /healthz, /readyz.",
            "API tokens come from HYDRAGUARD_TOKEN_INGEST, HYDRAGUARD_TOKEN_GATEWAY, HYDRAGUARD_TOKEN_ANALYST and",
            "HYDRAGUARD_TOKEN_ADMIN (16 characters or more); with none set, an admin token is generated and printed.",
            "Not yet durable: state lives in memory until the store lands."
        },
        footer = {"", ExitCodes.HELP_SECTION})
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "8080", description = "port to listen on, 0 for any free one (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "address to listen on (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--accounts", arity = "1..*", paramLabel = "FILE", description = "account files to load at start")
    List<Path> accounts = List.of();

    @Option(names = "--policy", paramLabel = "FILE", description = "policy YAML; default: the shipped policy")
    Path policy;

    @Option(names = "--fail-closed", description = "deny unknown accounts at the gateway check (default: let them through)")
    boolean failClosed;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Tokens tokens = Tokens.fromEnvironment(System.getenv());
        if (tokens.isEmpty()) {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String admin = HexFormat.of().formatHex(random);
            tokens = new Tokens(Map.of(admin, EnumSet.of(Role.ADMIN)));
            out.println("no HYDRAGUARD_TOKEN_* set; generated an admin token for this run: " + admin);
        }
        ServerSettings defaults = ServerSettings.defaults(tokens);
        ServerSettings settings = new ServerSettings(tokens, defaults.accountHeader(), defaults.keyHeader(),
                defaults.endUserHeader(), !failClosed, defaults.maxBodyBytes(), defaults.queueBatches());
        Policy p = policy == null ? Policy.defaults() : PolicyYaml.load(policy);
        DetectionEngine engine = new DetectionEngine(Signals.defaultExtractor(), p);
        if (!accounts.isEmpty()) {
            try (Rejects rejects = Rejects.inMemory();
                    RecordReader<Account> in = ContractReaders.accounts(accounts, rejects, ReadOptions.defaults())) {
                in.forEachRemaining(engine::accept);
                out.println("accounts: " + in.reconciliation());
            }
        }
        DecisionBoard board = new DecisionBoard();
        try (LiveEngine live = new LiveEngine(engine, board, settings.queueBatches());
                HydraguardServer server = new HydraguardServer(live, board, settings)) {
            int bound = server.start(host, port);
            out.println("hydraguard serving on http://" + host + ":" + bound + " (Ctrl-C to stop)");
            out.flush();
            CountDownLatch stop = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
            stop.await();
        }
        return ExitCodes.OK;
    }
}

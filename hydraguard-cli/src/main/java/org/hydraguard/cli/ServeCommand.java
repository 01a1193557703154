package org.hydraguard.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.hydraguard.core.model.Account;
import org.hydraguard.core.model.Indicator;
import org.hydraguard.io.ContractReaders;
import org.hydraguard.io.ReadOptions;
import org.hydraguard.io.RecordReader;
import org.hydraguard.io.Rejects;
import org.hydraguard.io.policy.PolicyYaml;
import org.hydraguard.server.EngineRecipe;
import org.hydraguard.server.LiveEngine;
import org.hydraguard.server.Role;
import org.hydraguard.server.ServerSettings;
import org.hydraguard.server.Service;
import org.hydraguard.server.ServiceConfig;
import org.hydraguard.server.ServiceConfigFile;
import org.hydraguard.server.Tokens;
import org.hydraguard.store.PolicyMode;
import org.hydraguard.store.StoreConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs the engine live behind HTTP, durable in a store: ingest, decisions, the gateway check, metrics. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Runs the detection engine as a durable service: POST /v1/exchanges and /v1/accounts (JSON Lines,",
            "idempotent on exchange id), GET /v1/decisions/{account_id}, an Envoy ext_authz-compatible check at",
            "/v1/check, /metrics (Prometheus), /healthz, /readyz. Every accepted exchange is committed to the store",
            "before it is acknowledged; a restart (even after kill -9) restores the latest snapshot and replays the rest.",
            "Store: ./hydraguard-data/hydraguard.db (SQLite) unless --store or the config file says otherwise;",
            "PostgreSQL via a jdbc:postgresql:// URL. The gateway check starts in the store's mode: shadow (never",
            "denies, reports the would-be action) until someone enforces, e.g. with --enforce.",
            "API tokens come from HYDRAGUARD_TOKEN_INGEST, HYDRAGUARD_TOKEN_GATEWAY, HYDRAGUARD_TOKEN_ANALYST and",
            "HYDRAGUARD_TOKEN_ADMIN (16 characters or more); with none set, an admin token is generated and printed."
        },
        footer = {"", ExitCodes.HELP_SECTION})
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--config", paramLabel = "FILE", description = "service configuration YAML (see the README); flags override it")
    Path config;

    @Option(names = "--port", description = "port to listen on, 0 for any free one (default: 8080)")
    Integer port;

    @Option(names = "--host", description = "address to listen on (default: 127.0.0.1)")
    String host;

    @Option(names = "--store", paramLabel = "URL", description = "store JDBC URL: jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB"
            + " (user and password from HYDRAGUARD_DB_USER / HYDRAGUARD_DB_PASSWORD)")
    String store;

    @Option(names = "--accounts", arity = "1..*", paramLabel = "FILE", description = "account files to upsert at start")
    List<Path> accounts = List.of();

    @Option(names = "--indicators", arity = "1..*", paramLabel = "FILE", description = "indicator files (contract JSON Lines)"
            + " to add at start; kept in the store, so they are fed again after every restart")
    List<Path> indicators = List.of();

    @Option(names = "--policy", paramLabel = "FILE", description = "policy YAML; default: the shipped policy")
    Path policy;

    @Option(names = "--follow", paramLabel = "DIR", description = "ingest *.jsonl / *.jsonl.gz exchange files dropped into DIR")
    Path follow;

    @Option(names = "--fail-closed", description = "deny unknown accounts at the gateway check (default: let them through)")
    boolean failClosed;

    @Option(names = "--enforce", description = "switch the gateway check to enforce mode at start (audited as 'config')")
    boolean enforce;

    @Option(names = "--shadow", description = "switch the gateway check to shadow mode at start (audited as 'config')")
    boolean shadow;

    @Option(names = "--log-format", defaultValue = "json", description = "json (one object per line) or text (default: ${DEFAULT-VALUE})")
    String logFormat;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (!logFormat.equals("json") && !logFormat.equals("text")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--log-format must be json or text: " + logFormat);
        }
        if (enforce && shadow) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--enforce and --shadow exclude each other");
        }
        if (logFormat.equals("json")) {
            LogFormat.json();
        }
        Map<String, String> env = System.getenv();
        Tokens tokens = Tokens.fromEnvironment(env);
        if (tokens.isEmpty()) {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String admin = HexFormat.of().formatHex(random);
            tokens = new Tokens(Map.of(admin, EnumSet.of(Role.ADMIN)));
            out.println("no HYDRAGUARD_TOKEN_* set; generated an admin token for this run: " + admin);
        }
        ServiceConfig c;
        try {
            c = config == null ? ServiceConfig.defaults(tokens) : ServiceConfigFile.load(config, tokens, env);
            c = overrides(c, env);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        out.println("store: " + c.store());
        out.flush();
        try (Service service = Service.start(c)) {
            out.println("hydraguard serving on " + (c.tls() == null ? "http" : "https") + "://" + c.host() + ":"
                    + service.port() + " in " + service.parts().mode().current().name().toLowerCase(java.util.Locale.ROOT)
                    + " mode (Ctrl-C to stop)");
            out.flush();
            if (!indicators.isEmpty()) {
                loadIndicators(service, out);
            }
            if (!accounts.isEmpty()) {
                loadAccounts(service, out);
            }
            CountDownLatch stop = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
            stop.await();
        }
        return ExitCodes.OK;
    }

    private ServiceConfig overrides(ServiceConfig c, Map<String, String> env) throws java.io.IOException {
        if (host != null) {
            c = c.withHost(host);
        }
        if (port != null) {
            c = c.withPort(port);
        }
        if (store != null) {
            c = c.withStore(new StoreConfig(store, env.get("HYDRAGUARD_DB_USER"), env.get("HYDRAGUARD_DB_PASSWORD")));
        }
        if (policy != null) {
            EngineRecipe e = c.engine();
            c = c.withEngine(new EngineRecipe(e.extractor(), PolicyYaml.load(policy), e.templateCapacityLog2()));
        }
        if (follow != null) {
            c = c.withFollowDir(follow);
        }
        if (failClosed) {
            ServerSettings s = c.settings();
            c = c.withSettings(new ServerSettings(s.tokens(), s.accountHeader(), s.keyHeader(), s.endUserHeader(), false,
                    s.maxBodyBytes(), s.queueBatches()));
        }
        if (enforce || shadow) {
            c = c.withMode(enforce ? PolicyMode.ENFORCE : PolicyMode.SHADOW);
        }
        return c;
    }

    private void loadIndicators(Service service, PrintWriter out) throws Exception {
        if (!service.awaitReady(Duration.ofHours(1))) {
            throw new IllegalStateException("the engine did not recover; indicators were not loaded");
        }
        LiveEngine engine = service.parts().engine();
        long fresh = 0;
        try (Rejects rejects = Rejects.inMemory();
                RecordReader<Indicator> in = ContractReaders.indicators(indicators, rejects, ReadOptions.defaults())) {
            List<Indicator> batch = new java.util.ArrayList<>();
            while (in.hasNext()) {
                batch.add(in.next());
                if (batch.size() == 5_000 || !in.hasNext()) {
                    LiveEngine.Admission a;
                    while ((a = engine.ingestIndicators(batch)) instanceof LiveEngine.Admission.Refused) {
                        Thread.sleep(200);
                    }
                    fresh += ((LiveEngine.Admission.Stored) a).fresh();
                    batch = new java.util.ArrayList<>();
                }
            }
            out.println("indicators: " + in.reconciliation() + "; " + fresh + " new to the store");
            for (var r : rejects.first()) {
                out.println("  rejected " + r.file() + ":" + r.line() + ": " + r.field() + ": " + r.reason());
            }
            out.flush();
        }
    }

    private void loadAccounts(Service service, PrintWriter out) throws Exception {
        if (!service.awaitReady(Duration.ofHours(1))) {
            throw new IllegalStateException("the engine did not recover; accounts were not loaded");
        }
        LiveEngine engine = service.parts().engine();
        try (Rejects rejects = Rejects.inMemory();
                RecordReader<Account> in = ContractReaders.accounts(accounts, rejects, ReadOptions.defaults())) {
            List<Account> batch = new java.util.ArrayList<>();
            while (in.hasNext()) {
                batch.add(in.next());
                if (batch.size() == 5_000 || !in.hasNext()) {
                    while (engine.ingestAccounts(batch).isPresent()) {
                        Thread.sleep(200);
                    }
                    batch = new java.util.ArrayList<>();
                }
            }
            out.println("accounts: " + in.reconciliation());
            out.flush();
        }
    }
}

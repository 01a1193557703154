package org.hydraguard.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hydraguard.io.policy.PolicyYaml;
import org.hydraguard.store.PolicyMode;
import org.hydraguard.store.StoreConfig;

/**
 * Reads the service configuration from YAML. Every key is optional and falls back to
 * {@link ServiceConfig#defaults}; an unknown key or a bad value is an error naming the file, the key
 * and the value, so that a typo never silently runs the default. Secrets are never in the file: it
 * names the environment variables that hold them ({@code password_env}). Relative paths are resolved
 * against the file's directory.
 *
 * <pre>
 * host: 127.0.0.1
 * port: 8080
 * store: {url: jdbc:postgresql://db/hydraguard, user: hydraguard, password_env: HYDRAGUARD_DB_PASSWORD}
 * tls: {keystore: server.p12, password_env: HYDRAGUARD_TLS_PASSWORD}
 * headers: {account: x-hydraguard-account, api_key: x-hydraguard-key, end_user: x-hydraguard-end-user}
 * fail_open: true
 * max_body_bytes: 16777216
 * queue_batches: 64
 * snapshot_every: 200000          # exchanges
 * snapshot_interval: 5m
 * campaigns_interval: 2s
 * journal_retention: 30d
 * template_capacity_log2: 20
 * follow_dir: inbox
 * policy: policy.yaml
 * mode: shadow                    # or enforce; omitted = keep the store's mode
 * </pre>
 */
public final class ServiceConfigFile {
    private static final Set<String> KEYS = Set.of("host", "port", "store", "tls", "headers", "fail_open",
            "max_body_bytes", "queue_batches", "snapshot_every", "snapshot_interval", "campaigns_interval",
            "journal_retention", "template_capacity_log2", "follow_dir", "policy", "mode");
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

    private final Path file;
    private final Map<String, String> env;

    private ServiceConfigFile(Path file, Map<String, String> env) {
        this.file = file;
        this.env = env;
    }

    /**
     * Reads {@code file}.
     *
     * @throws IllegalArgumentException naming the file, key and value of the first mistake
     */
    public static ServiceConfig load(Path file, Tokens tokens, Map<String, String> env) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "service configuration file not found");
        }
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": not valid YAML: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
        }
        return new ServiceConfigFile(file, env).read(root == null || root.isMissingNode() || root.isNull()
                ? new ObjectMapper().createObjectNode() : root, ServiceConfig.defaults(tokens));
    }

    private ServiceConfig read(JsonNode root, ServiceConfig c) throws IOException {
        if (!root.isObject()) {
            throw bad("(top level)", root, "a mapping of keys such as port, store, mode");
        }
        only(root, "", KEYS);
        c = c.withHost(text(root, "host", c.host()));
        c = c.withPort((int) number(root, "port", c.port(), 0, 65_535));
        if (root.has("store")) {
            c = c.withStore(store(root.get("store")));
        }
        if (root.has("tls")) {
            JsonNode t = root.get("tls");
            only(t, "tls.", Set.of("keystore", "password_env"));
            Path ks = path(required(t, "tls.keystore"), "tls.keystore");
            if (!Files.isRegularFile(ks)) {
                throw bad("tls.keystore", t.get("keystore"), "an existing PKCS#12 or JKS key store file (" + ks + ")");
            }
            c = c.withTls(new Tls(ks, secret(t, "tls.password_env", true)));
        }
        ServerSettings s = c.settings();
        JsonNode h = root.path("headers");
        if (!h.isMissingNode()) {
            only(h, "headers.", Set.of("account", "api_key", "end_user"));
        }
        s = new ServerSettings(s.tokens(), text(h, "account", s.accountHeader()), text(h, "api_key", s.keyHeader()),
                text(h, "end_user", s.endUserHeader()), bool(root, "fail_open", s.failOpen()),
                number(root, "max_body_bytes", s.maxBodyBytes(), 1024, 1L << 31),
                (int) number(root, "queue_batches", s.queueBatches(), 2, 1 << 16));
        c = c.withSettings(s);
        Checkpoints k = c.checkpoints();
        c = c.withCheckpoints(new Checkpoints(number(root, "snapshot_every", k.snapshotEveryExchanges(), 1, Long.MAX_VALUE),
                duration(root, "snapshot_interval", k.snapshotInterval()),
                duration(root, "campaigns_interval", k.campaignsInterval()),
                duration(root, "journal_retention", k.journalRetention())));
        EngineRecipe e = c.engine();
        if (root.has("policy")) {
            Path p = path(root.get("policy"), "policy");
            e = new EngineRecipe(e.extractor(), PolicyYaml.load(p), e.templateCapacityLog2());
        }
        c = c.withEngine(new EngineRecipe(e.extractor(), e.policy(),
                (int) number(root, "template_capacity_log2", e.templateCapacityLog2(), 10, 26)));
        if (root.has("follow_dir")) {
            c = c.withFollowDir(path(root.get("follow_dir"), "follow_dir"));
        }
        if (root.has("mode")) {
            String m = text(root, "mode", null).toUpperCase(Locale.ROOT);
            if (!m.equals("SHADOW") && !m.equals("ENFORCE")) {
                throw bad("mode", root.get("mode"), "shadow or enforce");
            }
            c = c.withMode(PolicyMode.valueOf(m));
        }
        return c;
    }

    private StoreConfig store(JsonNode n) {
        only(n, "store.", Set.of("url", "user", "password_env"));
        String url = text(required(n, "store.url"), "store.url");
        if (url.startsWith("jdbc:sqlite:") && !url.startsWith("jdbc:sqlite:/")) {
            url = "jdbc:sqlite:" + base().resolve(url.substring("jdbc:sqlite:".length())).normalize();
        }
        try {
            return new StoreConfig(url, text(n, "user", null), secret(n, "store.password_env", false));
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException(file + ": store.url: " + ex.getMessage(), ex);
        }
    }

    private String secret(JsonNode n, String key, boolean required) {
        String field = key.substring(key.indexOf('.') + 1);
        if (!n.has(field)) {
            if (required) {
                throw bad(key, null, "the name of an environment variable holding the password");
            }
            return null;
        }
        String var = text(n.get(field), key);
        String value = env.get(var);
        if (value == null) {
            throw new IllegalArgumentException(file + ": " + key + " names environment variable " + var
                    + ", which is not set");
        }
        return value;
    }

    private void only(JsonNode n, String prefix, Set<String> allowed) {
        if (!n.isObject()) {
            throw bad(prefix.isEmpty() ? "(top level)" : prefix.substring(0, prefix.length() - 1), n, "a mapping");
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext();) {
            String k = it.next();
            if (!allowed.contains(k)) {
                throw new IllegalArgumentException(file + ": unknown key '" + prefix + k + "'; expected one of "
                        + new java.util.TreeSet<>(allowed));
            }
        }
    }

    private JsonNode required(JsonNode n, String key) {
        JsonNode v = n.get(key.substring(key.lastIndexOf('.') + 1));
        if (v == null || v.isNull()) {
            throw bad(key, null, "a value");
        }
        return v;
    }

    private String text(JsonNode n, String key, String fallback) {
        JsonNode v = n.get(key);
        return v == null || v.isNull() ? fallback : text(v, key);
    }

    private String text(JsonNode v, String key) {
        if (!v.isValueNode() || v.asText().isBlank()) {
            throw bad(key, v, "a non-empty text");
        }
        return v.asText();
    }

    private boolean bool(JsonNode n, String key, boolean fallback) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isBoolean()) {
            throw bad(key, v, "true or false");
        }
        return v.asBoolean();
    }

    private long number(JsonNode n, String key, long fallback, long min, long max) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.canConvertToLong() || !v.isIntegralNumber() || v.asLong() < min || v.asLong() > max) {
            throw bad(key, v, "a whole number from " + min + " to " + max);
        }
        return v.asLong();
    }

    private Duration duration(JsonNode n, String key, Duration fallback) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            return fallback;
        }
        Matcher m = DURATION.matcher(v.asText().trim());
        if (!v.isValueNode() || !m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw bad(key, v, "a positive duration such as 500ms, 30s, 5m, 12h or 30d");
        }
        long amount = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }

    private Path path(JsonNode v, String key) {
        return base().resolve(text(v, key)).normalize();
    }

    private Path base() {
        Path dir = file.toAbsolutePath().getParent();
        return dir == null ? Path.of("") : dir;
    }

    private IllegalArgumentException bad(String key, JsonNode value, String expected) {
        return new IllegalArgumentException(file + ": " + key + " is " + (value == null ? "missing" : "'" + value + "'")
                + "; expected " + expected);
    }
}

package org.hydraguard.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.hydraguard.server.ServiceHarness.ANALYST;
import static org.hydraguard.server.ServiceHarness.INGEST;
import static org.hydraguard.server.ServiceHarness.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTPS on the service's port with a key store made at test time by the JDK's keytool: health,
 * ingest and the console login work over TLS on the port {@link Service#port()} reports, the
 * session cookie is {@code Secure}, and plain HTTP to that port gets no answer.
 */
class ServiceTlsTest {
    private static final String PASSWORD = "changeit-tls-test";
    @TempDir
    static Path keys;
    static Path keyStore;
    static SSLContext trusting;

    @BeforeAll
    static void makeKeyStore() throws Exception {
        keyStore = keys.resolve("server.p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-keystore", keyStore.toString(),
                "-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD, "-alias", "hydraguard",
                "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2", "-dname", "CN=localhost",
                "-ext", "san=ip:127.0.0.1,dns:localhost").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("keytool: %s", out).isZero();

        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            ks.load(in, PASSWORD.toCharArray());
        }
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        trust.setCertificateEntry("hydraguard", ks.getCertificate("hydraguard"));
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        trusting = SSLContext.getInstance("TLS");
        trusting.init(null, tmf.getTrustManagers(), null);
    }

    @Test
    void healthIngestAndConsoleLoginWorkOverHttpsOnTheReportedPortAndPlainHttpDoesNot(@TempDir Path dir)
            throws Exception {
        try (ServiceHarness h = ServiceHarness.sqlite(dir, c -> c.withTls(new Tls(keyStore, PASSWORD)))) {
            int port = h.service().port();
            assertThat(port).isPositive();
            HttpClient https = HttpClient.newBuilder().sslContext(trusting).connectTimeout(Duration.ofSeconds(10)).build();
            String base = "https://127.0.0.1:" + port;

            HttpResponse<String> health = https.send(HttpRequest.newBuilder(URI.create(base + "/healthz")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"ok\"");

            HttpResponse<String> ingest = https.send(HttpRequest.newBuilder(URI.create(base + "/v1/exchanges"))
                    .header("Authorization", "Bearer " + INGEST)
                    .POST(HttpRequest.BodyPublishers.ofString(exchange("tls-1", "acct_tls", "key_tls") + "\n"
                            + exchange("tls-2", "acct_tls", "key_tls") + "\n")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(ingest.statusCode()).isEqualTo(202);
            assertThat(ingest.body()).contains("\"accepted\":2");
            h.awaitIdle();
            assertThat(h.engine().exchangesDecided()).isEqualTo(2);

            HttpResponse<String> login = https.send(HttpRequest.newBuilder(URI.create(base + "/console/login"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"" + ANALYST + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.headers().firstValue("set-cookie")).hasValueSatisfying(cookie -> assertThat(cookie)
                    .startsWith(Auth.COOKIE + "=").contains("HttpOnly").contains("SameSite=Strict").contains("; Secure"));

            // the same port does not speak plain HTTP: no HTTP answer, whatever the client makes of it
            HttpClient plain = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            Throwable refused = catchThrowable(() -> {
                HttpResponse<String> r = plain.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                throw new AssertionError("plain HTTP got an answer: " + r.statusCode() + " " + r.body());
            });
            assertThat(refused).isInstanceOf(IOException.class);
            assertThat(plainAnswer(port)).doesNotStartWith("HTTP/1.1 200");
        }
    }

    /** What a raw plain-text request to the port gets back (at most the first bytes), "" when the connection is closed. */
    private static String plainAnswer(int port) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            byte[] buf = new byte[64];
            int n = s.getInputStream().read(buf);
            return n <= 0 ? "" : new String(buf, 0, n, StandardCharsets.ISO_8859_1);
        } catch (java.net.SocketException e) {
            return ""; // reset by the TLS side
        }
    }
}

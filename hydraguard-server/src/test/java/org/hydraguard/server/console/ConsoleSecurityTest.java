package org.hydraguard.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.hydraguard.store.PolicyMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Login, sessions, roles and the CSRF header, over real HTTP. */
class ConsoleSecurityTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;
    private ConsoleFixture f;

    @BeforeEach
    void start() {
        f = new ConsoleFixture(dir);
    }

    @AfterEach
    void stop() throws Exception {
        f.close();
    }

    @Test
    void loginSetsAStrictHttpOnlyCookieThatExpiresAfterIdleTimeAndLogoutEndsIt() throws Exception {
        HttpResponse<String> bad = f.send("POST", "/console/login", "{\"token\":\"wrong-token-0123456789\"}", Map.of());
        assertThat(bad.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(bad.body()).path("error").asText()).isEqualTo("unknown token");

        HttpResponse<String> ok = f.send("POST", "/console/login", "{\"token\":\"" + ConsoleFixture.ANALYST + "\"}", Map.of());
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(ok.body()).path("name").asText()).isEqualTo("alice");
        assertThat(JSON.readTree(ok.body()).path("roles").toString()).isEqualTo("[\"analyst\"]");
        String setCookie = ok.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(setCookie).startsWith("hg_session=").contains("HttpOnly", "SameSite=Strict", "Path=/")
                .doesNotContain("Secure");
        assertThat(setCookie.split(";")[0].substring("hg_session=".length())).hasSize(64); // 256 bits, hex
        String cookie = setCookie.split(";")[0];

        assertThat(f.send("GET", "/console/api/me", null, Map.of("Cookie", cookie)).statusCode()).isEqualTo(200);
        f.now.set(f.now.get().plus(Duration.ofHours(7))); // used within the idle time: still alive
        assertThat(f.send("GET", "/console/api/me", null, Map.of("Cookie", cookie)).statusCode()).isEqualTo(200);
        f.now.set(f.now.get().plus(Duration.ofHours(8)));
        HttpResponse<String> expired = f.send("GET", "/console/api/me", null, Map.of("Cookie", cookie));
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(expired.body()).path("error").asText()).contains("expired");

        String second = f.login(ConsoleFixture.ANALYST);
        HttpResponse<String> out = f.send("POST", "/console/logout", null, Map.of("Cookie", second));
        assertThat(out.statusCode()).isEqualTo(204);
        assertThat(out.headers().firstValue("Set-Cookie").orElseThrow()).contains("Max-Age=0");
        assertThat(f.send("GET", "/console/api/me", null, Map.of("Cookie", second)).statusCode()).isEqualTo(401);
    }

    @Test
    void theSessionTableIsBoundedByDroppingTheLeastRecentlyUsed() throws Exception {
        String first = f.login(ConsoleFixture.ANALYST);
        f.login(ConsoleFixture.ANALYST);
        f.login(ConsoleFixture.ANALYST);
        f.login(ConsoleFixture.ANALYST); // the fixture allows three sessions
        assertThat(f.auth.sessionCount()).isEqualTo(3);
        assertThat(f.send("GET", "/console/api/me", null, Map.of("Cookie", first)).statusCode()).isEqualTo(401);
    }

    @Test
    void rolesDecideWhatEachTokenMayDo() throws Exception {
        assertThat(f.get("/console/api/campaigns", null).statusCode()).isEqualTo(401);
        assertThat(f.get("/console/api/campaigns", "unknown-token-0123456789").statusCode()).isEqualTo(401);
        HttpResponse<String> ingest = f.get("/console/api/campaigns", ConsoleFixture.INGEST);
        assertThat(ingest.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(ingest.body()).path("error").asText()).contains("analyst");
        HttpResponse<String> ingestLogin = f.send("POST", "/console/login",
                "{\"token\":\"" + ConsoleFixture.INGEST + "\"}", Map.of());
        assertThat(ingestLogin.statusCode()).isEqualTo(403);
        assertThat(ingestLogin.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(f.get("/console/api/campaigns", ConsoleFixture.ANALYST).statusCode()).isEqualTo(200);
        assertThat(f.get("/console/api/campaigns", ConsoleFixture.ADMIN).statusCode()).isEqualTo(200);
    }

    @Test
    void onlyAnAdminSwitchesThePolicyAndTheSwitchIsAuditedAndTakesEffect() throws Exception {
        HttpResponse<String> analyst = f.post("/console/api/policy", ConsoleFixture.ANALYST, "{\"mode\":\"enforce\"}");
        assertThat(analyst.statusCode()).isEqualTo(403);
        assertThat(f.mode.enforcing()).isFalse();

        HttpResponse<String> bad = f.post("/console/api/policy", ConsoleFixture.ADMIN, "{\"mode\":\"loud\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).path("error").asText()).contains("'loud'", "shadow or enforce");

        String admin = f.login(ConsoleFixture.ADMIN);
        HttpResponse<String> ok = f.send("POST", "/console/api/policy", "{\"mode\":\"enforce\"}",
                Map.of("Cookie", admin, "X-Hydraguard-Console", "1"));
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(ok.body()).path("mode").asText()).isEqualTo("enforce");
        assertThat(f.mode.current()).isEqualTo(PolicyMode.ENFORCE);
        assertThat(f.store.policyMode()).isEqualTo(PolicyMode.ENFORCE);
        assertThat(f.store.investigation().auditTrail("policy")).anySatisfy(a -> {
            assertThat(a.who()).isEqualTo("root");
            assertThat(a.at()).isEqualTo(f.now.get());
        });
        JsonNode policy = JSON.readTree(f.get("/console/api/policy", ConsoleFixture.ANALYST).body());
        assertThat(policy.path("mode").asText()).isEqualTo("enforce");
    }

    @Test
    void aChangeMadeWithTheCookieNeedsTheConsoleHeaderButABearerTokenDoesNot() throws Exception {
        String cookie = f.login(ConsoleFixture.ANALYST);
        String body = "{\"action\":\"open\"}";
        HttpResponse<String> forged = f.send("POST", "/console/api/campaigns/camp_hi/case", body, Map.of("Cookie", cookie));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(forged.body()).path("error").asText()).contains("X-Hydraguard-Console");
        assertThat(f.store.investigation().caseFor("camp_hi")).isEmpty();

        HttpResponse<String> ok = f.send("POST", "/console/api/campaigns/camp_hi/case", body,
                Map.of("Cookie", cookie, "X-Hydraguard-Console", "1"));
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(f.post("/console/api/campaigns/camp_mid/case", ConsoleFixture.ANALYST, body).statusCode()).isEqualTo(200);
    }

    @Test
    void consoleResponsesCarryTheSecurityHeaders() throws Exception {
        HttpResponse<String> r = f.get("/console/api/campaigns", ConsoleFixture.ANALYST);
        assertThat(r.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'self'", "script-src 'self'", "object-src 'none'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-eval");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(r.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(f.get("/console/api/campaigns", null).headers().firstValue("Content-Security-Policy")).isPresent();
    }

    @Test
    void thePagesAreServedWithTheContentSecurityPolicy() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(ConsoleRoutes.class.getResource("/console/index.html") != null,
                "the console's pages are not on the classpath");
        HttpResponse<String> page = f.get("/console/index.html", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.body()).doesNotContainIgnoringCase("<script>");
    }
}

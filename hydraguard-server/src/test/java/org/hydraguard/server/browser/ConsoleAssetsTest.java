package org.hydraguard.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The console's files as shipped on the classpath, checked without a browser: every library the page
 * loads is in a WebJar of the version the pom names (a version bump that forgets index.html fails
 * here), every module it imports exists, and no file uses an HTML-parsing DOM API that attacker text
 * could reach.
 */
class ConsoleAssetsTest {
    private static final Pattern SRC = Pattern.compile("(?:src|href)=\"(/[^\"]+)\"");
    private static final Pattern IMPORT = Pattern.compile("from '\\./([a-z]+\\.js)'");
    private static final List<String> HTML_SINKS = List.of("innerHTML", "outerHTML", "insertAdjacentHTML",
            "document.write", "eval(", "new Function", "setTimeout('", "setTimeout(\"");

    @Test
    void everyFileThePageLoadsIsOnTheClasspath() throws IOException {
        String index = read("/console/index.html");
        List<String> paths = new ArrayList<>();
        Matcher m = SRC.matcher(index);
        while (m.find()) {
            paths.add(m.group(1));
        }
        assertThat(paths).contains("/console/app.js", "/console/app.css")
                .anyMatch(p -> p.startsWith("/webjars/chart.js/")).anyMatch(p -> p.startsWith("/webjars/cytoscape/"));
        for (String p : paths) {
            String resource = p.startsWith("/webjars/") ? "/META-INF/resources" + p : p;
            assertThat(getClass().getResource(resource)).as("%s referenced by index.html", p).isNotNull();
        }
    }

    @Test
    void everyImportedModuleExists() throws IOException {
        for (String module : List.of("app.js", "api.js", "dom.js", "queue.js", "campaign.js", "account.js", "charts.js")) {
            Matcher m = IMPORT.matcher(read("/console/" + module));
            while (m.find()) {
                assertThat(getClass().getResource("/console/" + m.group(1))).as("%s imports %s", module, m.group(1)).isNotNull();
            }
        }
    }

    @Test
    void noInlineScriptAndNoHtmlParsingSinks() throws IOException {
        String index = read("/console/index.html");
        assertThat(index).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>").doesNotContainPattern("\\son[a-z]+=");
        for (String module : List.of("app.js", "api.js", "dom.js", "queue.js", "campaign.js", "account.js", "charts.js")) {
            String code = read("/console/" + module);
            for (String sink : HTML_SINKS) {
                assertThat(code).as("%s must not use %s", module, sink).doesNotContain(sink);
            }
        }
    }

    private String read(String resource) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

package org.hydraguard.server.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The investigator console in a real browser (Debian's headless Chromium) against the real console
 * routes over a real SQLite store: sign-in, queue, campaign page, case confirmation, the escaping of
 * attacker-written prompts, and the shadow/enforce switch. Screenshots of every page go to
 * {@code target/screenshots} for a person to look at.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserIT {
    private static final Path SHOTS = Path.of(System.getProperty("basedir", "."), "target", "screenshots");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The console's page. */
    private static final String PAGE = "/console/";

    @TempDir
    static Path dir;
    static ConsoleSite site;
    static Chromium chromium;
    static ChromeDriver driver;
    static WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        site = new ConsoleSite(dir);
        chromium = new Chromium();
        driver = chromium.driver;
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class); // the page re-renders parts while a test waits
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (chromium != null) {
                chromium.close();
            }
        } finally {
            if (site != null) {
                site.stop();
            }
        }
    }

    @BeforeEach
    void signedOut() {
        driver.get(site.base + PAGE);
        driver.manage().deleteAllCookies();
        driver.navigate().refresh();
    }

    @Test
    @Order(1)
    void analystGoesFromTheQueueToACampaignAndConfirmsItsCase() throws Exception {
        signIn(ConsoleSite.ANALYST_TOKEN);

        // the queue, riskiest first
        List<WebElement> rows = until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#queue-table tbody tr"), 3));
        assertThat(rows).extracting(r -> r.getAttribute("data-campaign-id"))
                .containsExactly(ConsoleSite.TOP, "cmp-dune-02", "cmp-fern-03");
        assertThat(rows.get(0).getText()).contains("0.93", "14", "ORCHID-LAB", "Software engineering", "No case");
        assertThat(text("#user-name")).isEqualTo(ConsoleSite.ANALYST_NAME);
        chromium.screenshot(SHOTS, "01-queue");

        // open the top campaign by clicking its row
        rows.get(0).findElements(By.tagName("td")).get(3).click();
        until(ExpectedConditions.textToBe(By.id("campaign-id"), ConsoleSite.TOP));
        assertThat(driver.getCurrentUrl()).endsWith("#/campaign/" + ConsoleSite.TOP);
        JsonNode page = JSON.readTree(site.apiGet("/console/api/campaigns/" + ConsoleSite.TOP, ConsoleSite.ANALYST_TOKEN));
        JsonNode campaign = page.path("campaign");
        assertThat(text("[data-kpi=accounts] .kpi-value")).isEqualTo("14");
        assertThat(text("[data-kpi=exchanges] .kpi-value")).isEqualTo(String.format("%,d", campaign.path("exchanges").asLong()));
        assertThat(text("#actor")).isEqualTo("ORCHID-LAB");
        assertThat(driver.findElements(By.cssSelector("#evidence-list tbody tr"))).hasSize(campaign.path("evidence").size());
        assertThat(text("#evidence-list")).contains("Distillation purpose", "Shared rare attributes");
        assertThat(driver.findElements(By.cssSelector("#member-list li"))).hasSize(14);
        assertThat(driver.findElements(By.cssSelector("#timeline canvas"))).hasSize(1);
        assertThat(driver.findElements(By.cssSelector("#capabilities canvas"))).hasSize(1);

        // the link graph: cytoscape drew every node the API sent, on canvas
        until(ExpectedConditions.attributeToBe(By.id("link-graph"), "data-ready", "true"));
        int apiNodes = page.path("graph").path("nodes").size();
        assertThat(apiNodes).as("the seeded accounts share payment instruments and e-mail domains").isGreaterThan(14);
        assertThat(driver.findElement(By.id("link-graph")).getAttribute("data-nodes")).isEqualTo(String.valueOf(apiNodes));
        assertThat(driver.findElements(By.cssSelector("#link-graph canvas"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("#samples .sample"))).isNotEmpty();
        chromium.screenshot(SHOTS, "02-campaign");

        // confirm the case with a note
        assertThat(driver.findElement(By.cssSelector("#case-status .pill")).getText()).isEqualTo("No case");
        String note = "Checked the shared payment instruments with the billing team; same operator.";
        driver.findElement(By.id("case-note")).sendKeys(note);
        driver.findElement(By.id("case-confirm")).click();
        until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-dialog")));
        chromium.viewport(SHOTS, "03-confirm-dialog");
        driver.findElement(By.id("confirm-ok")).click();
        until(ExpectedConditions.attributeToBe(By.cssSelector("#case-status .pill"), "data-status", "confirmed"));
        assertThat(text("#header-case")).isEqualTo("Confirmed");
        WebElement noted = until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#case-notes .note")));
        assertThat(noted.findElement(By.className("note-author")).getText()).isEqualTo(ConsoleSite.ANALYST_NAME);
        assertThat(noted.findElement(By.className("note-text")).getText()).isEqualTo(note);
        assertThat(text("#case-closed")).startsWith(ConsoleSite.ANALYST_NAME);
        until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit-list"), ConsoleSite.ANALYST_NAME));
        assertThat(driver.findElement(By.id("case-confirm")).isDisplayed()).isFalse();
        chromium.screenshot(SHOTS, "04-campaign-confirmed");

        // it persisted: a fresh API call, outside the browser, sees the confirmed case, the note and the audit entry
        JsonNode after = JSON.readTree(site.apiGet("/console/api/campaigns/" + ConsoleSite.TOP, ConsoleSite.ANALYST_TOKEN));
        assertThat(after.path("case").path("status").asText()).isEqualTo("confirmed");
        assertThat(after.path("case").path("closed_by").asText()).isEqualTo(ConsoleSite.ANALYST_NAME);
        assertThat(after.path("case").path("notes").get(0).path("author").asText()).isEqualTo(ConsoleSite.ANALYST_NAME);
        assertThat(after.path("case").path("notes").get(0).path("text").asText()).isEqualTo(note);
        assertThat(after.path("audit").findValuesAsText("actor")).contains(ConsoleSite.ANALYST_NAME);

        // back in the queue, the campaign shows its case status
        driver.findElement(By.id("nav-queue")).click();
        until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#queue-table tbody tr:first-child"), "Confirmed"));
        assertThat(browserErrors()).isEmpty();
    }

    @Test
    @Order(2)
    void aPromptWithAScriptTagIsShownAsTextAndNeverRuns() throws Exception {
        signIn(ConsoleSite.ANALYST_TOKEN);
        until(ExpectedConditions.presenceOfElementLocated(By.id("queue-table")));

        driver.get(site.base + PAGE + "#/campaign/" + ConsoleSite.TOP);
        WebElement sample = until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#samples .sample[data-exchange-id='" + ConsoleSite.EVIL_EXCHANGE + "'] pre.prompt")));
        assertThat(sample.getText()).isEqualTo(ConsoleSite.EVIL_PROMPT);
        assertNothingRan();

        // the evidence chip scrolls to the same prompt; it is still text
        driver.findElement(By.xpath("//button[contains(@class,'chip-link') and text()='" + ConsoleSite.EVIL_EXCHANGE + "']")).click();
        assertNothingRan();

        driver.get(site.base + PAGE + "#/account/" + ConsoleSite.EVIL_ACCOUNT);
        WebElement onAccount = until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#exchanges .sample[data-exchange-id='" + ConsoleSite.EVIL_EXCHANGE + "'] pre.prompt")));
        assertThat(onAccount.getText()).isEqualTo(ConsoleSite.EVIL_PROMPT);
        assertThat(text("#facts")).contains(ConsoleSite.EVIL_NAME);
        assertThat(driver.findElements(By.cssSelector("#decision-table tbody tr"))).hasSizeGreaterThanOrEqualTo(3);
        JsonNode account = JSON.readTree(site.apiGet("/console/api/accounts/" + ConsoleSite.EVIL_ACCOUNT, ConsoleSite.ANALYST_TOKEN));
        assertThat(driver.findElement(By.cssSelector("#decision .pill")).getText())
                .isEqualToIgnoringCase(account.path("decision").path("action").asText());
        assertNothingRan();
        chromium.screenshot(SHOTS, "05-account");
        assertThat(browserErrors()).isEmpty();
    }

    @Test
    @Order(3)
    void onlyAnAdminSwitchesBetweenShadowAndEnforce() throws Exception {
        signIn(ConsoleSite.ANALYST_TOKEN);
        until(ExpectedConditions.presenceOfElementLocated(By.id("queue-table")));
        assertThat(text("#mode-value")).isEqualTo("SHADOW");
        assertThat(driver.findElement(By.id("mode-switch")).isDisplayed()).isFalse();
        driver.findElement(By.id("logout")).click();
        until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        chromium.screenshot(SHOTS, "00-sign-in");

        signIn(ConsoleSite.ADMIN_TOKEN);
        until(ExpectedConditions.presenceOfElementLocated(By.id("queue-table")));
        assertThat(text("#user-name")).isEqualTo(ConsoleSite.ADMIN_NAME);
        WebElement toggle = driver.findElement(By.id("mode-switch"));
        assertThat(toggle.isDisplayed()).isTrue();
        toggle.click();
        until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-dialog")));
        assertThat(text("#confirm-title")).contains("enforce");
        driver.findElement(By.id("confirm-cancel")).click();
        assertThat(text("#mode-value")).isEqualTo("SHADOW");

        driver.findElement(By.id("mode-switch")).click();
        until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-ok"))).click();
        until(ExpectedConditions.textToBe(By.id("mode-value"), "ENFORCE"));
        assertThat(driver.findElement(By.id("mode-banner")).getAttribute("data-mode")).isEqualTo("enforce");
        assertThat(JSON.readTree(site.apiGet("/console/api/policy", ConsoleSite.ANALYST_TOKEN)).path("mode").asText())
                .isEqualTo("enforce");
        chromium.screenshot(SHOTS, "06-queue-enforce");

        driver.findElement(By.id("mode-switch")).click();
        until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-ok"))).click();
        until(ExpectedConditions.textToBe(By.id("mode-value"), "SHADOW"));
        assertThat(JSON.readTree(site.apiGet("/console/api/policy", ConsoleSite.ANALYST_TOKEN)).path("mode").asText())
                .isEqualTo("shadow");
        assertThat(browserErrors()).isEmpty();
    }

    @Test
    @Order(4)
    void aWrongTokenIsRefusedOnTheSignInForm() {
        WebElement token = until(ExpectedConditions.visibilityOfElementLocated(By.id("login-token")));
        token.sendKeys("not-a-token-but-long-enough");
        driver.findElement(By.id("login-submit")).click();
        until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
        assertThat(text("#login-error")).contains("not accepted");
        assertThat(driver.findElement(By.id("topbar")).isDisplayed()).isFalse();
    }

    @Test
    @Order(5)
    void theDemosLinkSignsInAndTheTokenLeavesTheAddressBar() {
        driver.get(site.base + PAGE + "#token=" + ConsoleSite.ANALYST_TOKEN);
        until(ExpectedConditions.visibilityOfElementLocated(By.id("topbar")));
        assertThat(text("#user-name")).isEqualTo(ConsoleSite.ANALYST_NAME);
        assertThat(driver.getCurrentUrl()).endsWith(PAGE + "#/queue").doesNotContain(ConsoleSite.ANALYST_TOKEN);
        assertThat(driver.manage().getCookieNamed("hg_session")).isNotNull();
    }

    private static void signIn(String token) {
        driver.get(site.base + PAGE + "#/queue");
        WebElement field = until(ExpectedConditions.visibilityOfElementLocated(By.id("login-token")));
        // whatever the page asked for before it knew it was signed out answered 401, by design (a
        // page opened with an expired session shows the sign-in view on the first 401 of any call);
        // reading the log drains it, so each test judges only what happens after it signs in
        driver.manage().logs().get(LogType.BROWSER);
        field.sendKeys(token);
        driver.findElement(By.id("login-submit")).click();
        until(ExpectedConditions.visibilityOfElementLocated(By.id("topbar")));
    }

    /** Waits, and when the wait fails tells what the browser showed and logged instead. */
    private static <T> T until(java.util.function.Function<? super org.openqa.selenium.WebDriver, T> condition) {
        try {
            return wait.until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(e.getMessage() + "\nat " + driver.getCurrentUrl() + "\npage:\n"
                    + driver.findElement(By.tagName("body")).getText() + "\nbrowser log:\n"
                    + String.join("\n", driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                            .map(LogEntry::getMessage).toList()), e);
        }
    }

    private static String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    private static void assertNothingRan() {
        assertThat(driver.executeScript("return typeof window.__pwned")).isEqualTo("undefined");
        assertThat(driver.executeScript("return document.querySelectorAll('#view script, #view img').length"))
                .isEqualTo(0L);
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    /** Script errors and CSP violations the browser reported (404s of the page's own files included). */
    private static List<String> browserErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                // the sign-in view starts with the 401 of /console/api/me, by design
                .filter(m -> !m.contains("/console/api/me") && !m.contains("/console/login"))
                .toList();
    }

    static {
        // keep Selenium's own chatter (CDP version notices) out of the test output
        java.util.logging.Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
    }
}

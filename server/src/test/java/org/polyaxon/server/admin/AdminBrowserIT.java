package org.polyaxon.server.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.polyaxon.server.Http;
import org.polyaxon.server.http.PlatformUnderTest;
import org.polyaxon.server.http.TestPlatform;
import org.polyaxon.testing.MutableClock;

/**
 * A superuser's visit in a real browser: Debian's Chromium, headless, driven by Selenium through
 * the system chromedriver (nothing is downloaded).
 */
class AdminBrowserIT {
  @RegisterExtension
  static final PlatformUnderTest PLATFORM =
      PlatformUnderTest.with(MutableClock.at("2024-03-01T12:00:00Z"), config -> config);

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String RUN_NAME = "<script>alert('x')</script>";
  @TempDir static Path profile;
  private static TestPlatform platform;
  private static WebDriver browser;

  @BeforeAll
  static void start() {
    platform = PLATFORM.get();
    ChromeOptions options =
        new ChromeOptions()
            .setBinary("/usr/bin/chromium")
            .addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .usingAnyFreePort()
            .build();
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
  }

  private String url(String path) {
    return "http://127.0.0.1:" + platform.platform.port() + path;
  }

  private WebElement byId(String id) {
    return browser.findElement(By.id(id));
  }

  /** Clicks the button of that text in {@code scope} and waits for the page it leads to. */
  private void click(WebElement scope, String buttonText) {
    clickThrough(scope.findElement(By.xpath(".//button[normalize-space()='" + buttonText + "']")));
  }

  /**
   * Clicks a button or link that leads to another page and waits until the browser has left this
   * one: WebDriver's click may return before that, and reading then would read the old page.
   */
  private void clickThrough(WebElement button) {
    WebElement page = browser.findElement(By.tagName("html"));
    button.click();
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(page));
  }

  @Test
  void aSuperuserLogsInDeactivatesAUserStopsARunAndLogsOut() throws IOException {
    String[] run = startSleepingExperiment();
    String uuid = run[0];
    String api = run[1];

    browser.get(url("/_admin"));
    assertThat(browser.getCurrentUrl()).endsWith("/_admin/login");
    byId("username").sendKeys("root");
    byId("password").sendKeys("root-password");
    clickThrough(byId("submit"));

    assertThat(browser.getCurrentUrl())
        .as(() -> browser.findElement(By.tagName("body")).getText())
        .endsWith("/_admin/users");
    assertThat(byId("current-user").getText()).isEqualTo("root");
    assertThat(byId("user-ada").getText()).contains("ada@example.com");
    WebElement bob = byId("user-bob");
    assertThat(bob.findElement(By.className("active")).getText()).isEqualTo("yes");

    click(bob, "Deactivate");

    assertThat(byId("flash").getText()).isEqualTo("Deactivated bob.");
    assertThat(byId("user-bob").findElement(By.className("active")).getText()).isEqualTo("no");
    assertThat(
            platform
                .anonymous()
                .post(
                    "/api/v1/users/token",
                    "{\"username\": \"bob\", \"password\": \"bob-password\"}")
                .status())
        .isEqualTo(401);

    clickThrough(browser.findElement(By.linkText("Runs")));
    WebElement row = byId("run-" + uuid);
    assertThat(row.getText()).contains(RUN_NAME).contains("ada/browsing");
    assertThat(row.findElement(By.className("status")).getText()).isEqualTo("running");

    click(row, "Stop");

    assertThat(byId("flash").getText()).startsWith("Stopped experiment 1");
    assertThat(byId("run-" + uuid).findElement(By.className("status")).getText())
        .isEqualTo("stopped");
    assertThat(platform.ada().get(api).body().get("last_status").asText()).isEqualTo("stopped");
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> Files.exists(PLATFORM.home().resolve("runs").resolve(uuid).resolve("exit")));

    click(browser.findElement(By.tagName("header")), "Log out");

    assertThat(browser.getCurrentUrl()).endsWith("/_admin/login");
    browser.get(url("/_admin/users"));
    assertThat(browser.getCurrentUrl()).endsWith("/_admin/login");
  }

  /** A running experiment whose name is markup: it must show as text. Returns uuid and API path. */
  private String[] startSleepingExperiment() throws IOException {
    platform.createProject(platform.adaToken, "browsing", true);
    Http.Response created =
        platform
            .ada()
            .post(
                "/api/v1/ada/browsing/experiments",
                JSON.writeValueAsString(
                    Map.of(
                        "name",
                        RUN_NAME,
                        "content",
                        "version: 1\nkind: experiment\nbuild: {image: busybox}\nrun:\n"
                            + "  cmd: sleep 600\n")));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    String api = "/api/v1/ada/browsing/experiments/" + created.body().get("id").asLong();
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> platform.ada().get(api).body().get("last_status").asText(), "running"::equals);
    return new String[] {created.body().get("uuid").asText(), api};
  }
}

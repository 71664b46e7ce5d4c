package org.polyaxon.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.polyaxon.server.Http;
import org.polyaxon.server.config.Options;
import org.polyaxon.server.http.PlatformUnderTest;
import org.polyaxon.server.http.TestPlatform;
import org.polyaxon.testing.MutableClock;

/** The admin view through HTTP on a real platform: sessions, CSRF, escaping, user actions. */
class AdminViewIT {
  @RegisterExtension
  static final PlatformUnderTest PLATFORM =
      PlatformUnderTest.with(
          MutableClock.at("2024-03-01T12:00:00Z"),
          config -> config.with(Options.TIME_ZONE_OPTION, ZoneId.of("Europe/Berlin")));

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SCRIPT = "<script>alert(1)</script>";
  private static TestPlatform platform;

  @BeforeAll
  static void start() {
    platform = PLATFORM.get();
  }

  private static AdminClient client() {
    return new AdminClient(platform.platform.port());
  }

  private static AdminClient loggedInAsRoot() {
    AdminClient root = client();
    assertThat(root.login("root", "root-password").location()).isEqualTo("/_admin/users");
    return root;
  }

  private static void createUser(String name, String email) {
    Http.Response created =
        platform
            .root()
            .post(
                "/api/v1/users",
                "{\"username\": \"%s\", \"email\": \"%s\", \"password\": \"%s-password\"}"
                    .formatted(name, email.replace("\"", "\\\""), name));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
  }

  private static Http.Response me(String name) {
    return platform
        .json(TestPlatform.login(platform.anonymous(), name, name + "-password"))
        .get("/api/v1/users");
  }

  @Test
  void withoutASessionEveryPageSendsTheBrowserToTheLoginPage() {
    AdminClient anonymous = client();

    for (String path : List.of("/_admin", "/_admin/users", "/_admin/runs", "/_admin/runs/x")) {
      AdminClient.Response response = anonymous.get(path);
      assertThat(response.status()).as(path).isEqualTo(303);
      assertThat(response.location()).as(path).isEqualTo("/_admin/login");
    }
    assertThat(anonymous.post("/_admin/users/bob/deactivate").location())
        .isEqualTo("/_admin/login");
    assertThat(me("bob").status()).isEqualTo(200);
  }

  @Test
  void aSuperuserLogsInWithAStrictHttpOnlySessionCookie() {
    AdminClient root = client();
    AdminClient.Response form = root.get("/_admin/login");
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");

    AdminClient.Response login =
        root.post(
            "/_admin/login", "csrf", form.csrf(), "username", "root", "password", "root-password");

    assertThat(login.status()).isEqualTo(303);
    assertThat(login.location()).isEqualTo("/_admin/users");
    String cookie =
        login.setCookies().stream()
            .filter(c -> c.startsWith(AdminGuard.SESSION_COOKIE + "="))
            .findFirst()
            .orElseThrow();
    assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict").contains("Path=/_admin");
    assertThat(cookie).doesNotContain("Secure");
    assertThat(root.cookie(AdminGuard.SESSION_COOKIE)).matches("[0-9a-f]{64}");
    AdminClient.Response users = root.get("/_admin/users");
    assertThat(users.status()).isEqualTo(200);
    assertThat(users.body()).contains("id=\"current-user\">root<");
    assertThat(users.body()).contains("id=\"user-ada\"").contains("id=\"user-bob\"");
    // Times in the configured timeZone: 12:00 UTC is 13:00 in Berlin in March.
    assertThat(users.body()).contains("2024-03-01 13:00:00 +01:00");
  }

  @Test
  void everyAdminResponseForbidsScriptsFramingAndCaching() {
    AdminClient.Response page = loggedInAsRoot().get("/_admin/users");

    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
        .startsWith("default-src 'none'; style-src 'unsafe-inline'; form-action 'self'");
    assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
    assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
    assertThat(page.body()).doesNotContain("<script").doesNotContain("src=");
    assertThat(client().get("/_admin/login").headers().firstValue("X-Frame-Options"))
        .contains("DENY");
  }

  @Test
  void behindAnHttpsProxyTheSessionCookieIsSecure() {
    AdminClient root = client().header("X-Forwarded-Proto", "https");

    AdminClient.Response login = root.login("root", "root-password");

    assertThat(login.setCookies())
        .anySatisfy(c -> assertThat(c).startsWith(AdminGuard.SESSION_COOKIE).contains("Secure"));
  }

  @Test
  void aWrongPasswordOrUnknownUserGetsOneMessageAndNoSession() {
    for (String[] attempt :
        new String[][] {{"root", "not-the-password"}, {"nobody", "root-password"}}) {
      AdminClient browser = client();

      AdminClient.Response refused = browser.login(attempt[0], attempt[1]);

      assertThat(refused.status()).isEqualTo(401);
      assertThat(refused.body()).contains(SessionController.WRONG_CREDENTIALS);
      assertThat(browser.cookie(AdminGuard.SESSION_COOKIE)).isNull();
      assertThat(browser.get("/_admin/users").location()).isEqualTo("/_admin/login");
    }
  }

  @Test
  void anOrdinaryUserIsToldTheAdminPagesAreForSuperusersOnly() {
    AdminClient ada = client();

    AdminClient.Response refused = ada.login("ada", "ada-password");

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.body()).contains("superusers only");
    assertThat(ada.cookie(AdminGuard.SESSION_COOKIE)).isNull();
    assertThat(ada.get("/_admin/users").location()).isEqualTo("/_admin/login");
  }

  @Test
  void aLoginFormThatDidNotComeFromTheLoginPageIsRefused() {
    AdminClient forger = client();

    AdminClient.Response refused =
        forger.post(
            "/_admin/login",
            "csrf",
            "f".repeat(64),
            "username",
            "root",
            "password",
            "root-password");

    assertThat(refused.status()).isEqualTo(403);
    assertThat(forger.cookie(AdminGuard.SESSION_COOKIE)).isNull();
  }

  @Test
  void aFormWithoutTheSessionsCsrfTokenChangesNothing() {
    createUser("carol", "carol@example.com");
    AdminClient root = loggedInAsRoot();
    String token = root.get("/_admin/users").csrf();

    AdminClient.Response missing = root.post("/_admin/users/carol/deactivate");
    AdminClient.Response wrong =
        root.post("/_admin/users/carol/deactivate", "csrf", "0".repeat(token.length()));
    AdminClient other = loggedInAsRoot();
    AdminClient.Response fromOtherSession =
        root.post("/_admin/users/carol/deactivate", "csrf", other.get("/_admin/users").csrf());

    for (AdminClient.Response refused : List.of(missing, wrong, fromOtherSession)) {
      assertThat(refused.status()).isEqualTo(403);
      assertThat(refused.body()).contains("CSRF token is missing or wrong");
    }
    assertThat(me("carol").status()).isEqualTo(200); // still active: she can log in
  }

  @Test
  void userActionsChangeWhatTheApiSees() {
    createUser("dave", "dave@example.com");
    AdminClient root = loggedInAsRoot();
    String csrf = root.get("/_admin/users").csrf();

    AdminClient.Response deactivated = root.post("/_admin/users/dave/deactivate", "csrf", csrf);
    assertThat(deactivated.location()).isEqualTo("/_admin/users");
    assertThat(root.get("/_admin/users").body()).contains("Deactivated dave.");
    Http.Response login =
        platform
            .anonymous()
            .post(
                "/api/v1/users/token", "{\"username\": \"dave\", \"password\": \"dave-password\"}");
    assertThat(login.status()).isEqualTo(401);

    root.post("/_admin/users/dave/activate", "csrf", csrf);
    root.post("/_admin/users/dave/grant-superuser", "csrf", csrf);
    assertThat(me("dave").body().get("is_superuser").asBoolean()).isTrue();
    root.post("/_admin/users/dave/revoke-superuser", "csrf", csrf);
    assertThat(me("dave").body().get("is_superuser").asBoolean()).isFalse();
    // The flash is shown once only.
    assertThat(root.get("/_admin/users").body()).contains("dave is no longer a superuser.");
    assertThat(root.get("/_admin/users").body()).doesNotContain("no longer a superuser");

    // What was done here is in the activity feed, as changes made through the API are.
    List<String> feed = new java.util.ArrayList<>();
    platform
        .root()
        .get("/api/v1/activitylogs?limit=100")
        .body()
        .get("results")
        .forEach(e -> feed.add(e.get("actor").asText() + " " + e.get("path").asText()));
    assertThat(feed)
        .contains(
            "root /_admin/users/dave/deactivate",
            "root /_admin/users/dave/activate",
            "root /_admin/users/dave/grant-superuser",
            "root /_admin/users/dave/revoke-superuser");
  }

  @Test
  void aSuperuserCreatesAUserWhoCanThenUseTheApi() {
    AdminClient root = loggedInAsRoot();

    root.post(
        "/_admin/users",
        "csrf",
        root.get("/_admin/users").csrf(),
        "username",
        "erin",
        "email",
        "erin@example.com",
        "password",
        "erin-password");

    assertThat(root.get("/_admin/users").body()).contains("Created user erin.");
    Http.Response erin = me("erin");
    assertThat(erin.status()).isEqualTo(200);
    assertThat(erin.body().get("is_superuser").asBoolean()).isFalse();
  }

  @Test
  void badInputIsShownOnThePageAndChangesNothing() {
    AdminClient root = loggedInAsRoot();
    String csrf = root.get("/_admin/users").csrf();

    root.post("/_admin/users", "csrf", csrf, "username", "fred", "email", "f@x", "password", "s");
    assertThat(root.get("/_admin/users").body())
        .contains("class=\"flash error\"")
        .contains("password: expected at least 8 characters")
        .doesNotContain("id=\"user-fred\"");

    root.post("/_admin/users/root/deactivate", "csrf", csrf);
    assertThat(root.get("/_admin/users").body()).contains("You cannot deactivate your own account");
    root.post("/_admin/users/nobody/activate", "csrf", csrf);
    assertThat(root.get("/_admin/users").body()).contains("There is no user &#39;nobody&#39;");
    assertThat(root.get("/_admin/runs?page=zero").status()).isEqualTo(400);
  }

  @Test
  void userControlledTextIsEscaped() throws Exception {
    createUser("gina", "gina\"" + SCRIPT + "@example.com");
    platform.createProject(platform.adaToken, "escaping", true);
    Http.Response run =
        platform
            .ada()
            .post(
                "/api/v1/ada/escaping/jobs",
                JSON.writeValueAsString(
                    Map.of(
                        "name",
                        SCRIPT,
                        "content",
                        "version: 1\nkind: job\nbuild: {image: busybox}\nrun:\n  cmd: 'true'\n")));
    assertThat(run.status()).as(run.text()).isEqualTo(201);
    AdminClient root = loggedInAsRoot();

    String users = root.get("/_admin/users").body();
    String runs = root.get("/_admin/runs?project=ada/escaping").body();
    String detail = root.get("/_admin/runs/" + run.body().get("uuid").asText()).body();

    for (String page : List.of(users, runs, detail)) {
      assertThat(page).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }
    assertThat(users).contains("gina&quot;&lt;script&gt;");
  }

  @Test
  void loggingOutEndsTheSessionOnTheServer() {
    AdminClient root = loggedInAsRoot();
    String id = root.cookie(AdminGuard.SESSION_COOKIE);

    AdminClient.Response out =
        root.post("/_admin/logout", "csrf", root.get("/_admin/users").csrf());

    assertThat(out.location()).isEqualTo("/_admin/login");
    assertThat(root.cookie(AdminGuard.SESSION_COOKIE)).isNull();
    AdminClient replay = client();
    replay.setCookie(AdminGuard.SESSION_COOKIE, id);
    assertThat(replay.get("/_admin/users").location()).isEqualTo("/_admin/login");
  }

  @Test
  void aSessionEndsWhenItsUserIsNoLongerASuperuser() {
    createUser("hank", "hank@example.com");
    AdminClient root = loggedInAsRoot();
    String csrf = root.get("/_admin/users").csrf();
    root.post("/_admin/users/hank/grant-superuser", "csrf", csrf);
    AdminClient hank = client();
    assertThat(hank.login("hank", "hank-password").location()).isEqualTo("/_admin/users");

    root.post("/_admin/users/hank/revoke-superuser", "csrf", csrf);

    assertThat(hank.get("/_admin/users").location()).isEqualTo("/_admin/login");
  }
}

package org.polyaxon.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.polyaxon.server.Http;
import org.polyaxon.server.Platform;
import org.polyaxon.server.PolyaxonHome;
import org.polyaxon.server.ServerRole;
import org.polyaxon.server.ServerSettings;
import org.polyaxon.server.config.Options;
import org.polyaxon.server.config.PlatformConfig;
import org.polyaxon.testing.FreshDatabase;
import org.polyaxon.testing.MutableClock;

/** Login, tokens, user administration and the error boundary, through HTTP on a real server. */
class UserApiIT {
  @RegisterExtension static final FreshDatabase DB = new FreshDatabase();
  @TempDir static Path home;
  private static Platform platform;
  private static Http anonymous;
  private static Http root;

  @BeforeAll
  static void start() {
    PlatformConfig config =
        PlatformConfig.defaults()
            .with(Options.DATABASE_HOST, "127.0.0.1")
            .with(Options.DATABASE_PORT, DB.port())
            .with(Options.DATABASE_NAME, DB.databaseName())
            .with(Options.DATABASE_USER, "postgres")
            .with(Options.USER_PASSWORD, "root-password")
            .with(Options.ALLOWED_HOSTS, List.of("127.0.0.1", ".example.com"));
    platform =
        Platform.start(
            new ServerSettings("127.0.0.1", 0, ServerRole.ALL, new PolyaxonHome(home), config),
            MutableClock.at("2024-02-01T00:00:00Z"));
    anonymous = Http.to(platform.port());
    root = anonymous.withToken(login("root", "root-password"));
  }

  @AfterAll
  static void stop() {
    platform.close();
  }

  private static String login(String username, String password) {
    Http.Response response =
        anonymous.post(
            "/api/v1/users/token",
            "{\"username\": \"" + username + "\", \"password\": \"" + password + "\"}");
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    return response.body().get("token").asText();
  }

  @Test
  void aTokenIdentifiesTheUser() {
    Http.Response me = root.get("/api/v1/users/");

    assertThat(me.status()).isEqualTo(200);
    assertThat(me.body().get("username").asText()).isEqualTo("root");
    assertThat(me.body().get("email").asText()).isEqualTo("root@polyaxon.local");
    assertThat(me.body().get("is_superuser").asBoolean()).isTrue();
  }

  @Test
  void formEncodedLoginWorksToo() {
    Http.Response response =
        anonymous.send(
            "POST",
            "/api/v1/users/token",
            "username=root&password=root-password",
            "application/x-www-form-urlencoded");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body().get("token").asText()).hasSize(40);
  }

  @Test
  void missingWrongAndMalformedCredentialsAre401ProblemJson() {
    assertProblem(
        anonymous.get("/api/v1/users"), 401, "Authentication credentials were not provided.");
    assertProblem(anonymous.withToken("f".repeat(40)).get("/api/v1/users"), 401, "Invalid token.");
    assertProblem(
        anonymous.post("/api/v1/users/token", "{\"username\": \"root\", \"password\": \"nope\"}"),
        401,
        "Unable to log in with the provided credentials.");
  }

  @Test
  void badBodiesAre400WithTheFieldNamed() {
    assertProblem(
        anonymous.post("/api/v1/users/token", "{\"username\": \"root\","),
        400,
        "Malformed JSON at line 1, column 21: Unexpected end-of-input within/between Object entries");
    assertProblem(
        anonymous.post("/api/v1/users/token", "{\"username\": \"root\", \"pasword\": \"x\"}"),
        400,
        "Unknown field 'pasword'; expected one of: password, username");
    assertProblem(
        anonymous.post("/api/v1/users/token", "{\"username\": [1], \"password\": \"x\"}"),
        400,
        "Field 'username': expected a string");
    assertProblem(
        anonymous.post("/api/v1/users/token", ""),
        400,
        "The request has no body; expected a JSON object");
    assertProblem(
        anonymous.post("/api/v1/users/token", "{\"username\": \"root\"}"),
        400,
        "Both 'username' and 'password' are required");
  }

  @Test
  void superusersAdministerUsers() {
    Http.Response created =
        root.post(
            "/api/v1/users",
            "{\"username\": \"ada\", \"email\": \"ada@example.com\", \"password\": \"analytical\"}");
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    assertThat(created.body().get("is_active").asBoolean()).isTrue();
    assertThat(created.body().get("created_at").asText()).isEqualTo("2024-02-01T00:00:00Z");

    Http ada = anonymous.withToken(login("ada", "analytical"));
    assertProblem(
        ada.post(
            "/api/v1/users",
            "{\"username\": \"x\", \"email\": \"x@example.com\", \"password\": \"longenough\"}"),
        403,
        "Only a superuser may manage users.");
    assertProblem(
        root.post(
            "/api/v1/users",
            "{\"username\": \"ada\", \"email\": \"a@example.com\", \"password\": \"analytical\"}"),
        409,
        "A user named 'ada' already exists");
    assertProblem(
        root.post(
            "/api/v1/users",
            "{\"username\": \"bob\", \"email\": \"b@example.com\", \"password\": \"short\"}"),
        400,
        "password: expected at least 8 characters");

    assertThat(root.post("/api/v1/superusers/grant/ada", null).status()).isEqualTo(200);
    assertThat(ada.get("/api/v1/users").body().get("is_superuser").asBoolean()).isTrue();
    assertThat(root.post("/api/v1/superusers/revoke/ada", null).status()).isEqualTo(200);
    assertThat(root.post("/api/v1/users/deactivate/ada", null).status()).isEqualTo(200);
    assertProblem(ada.get("/api/v1/users"), 401, "Invalid token.");
    assertThat(root.post("/api/v1/users/activate/ada", null).status()).isEqualTo(200);
    assertThat(ada.get("/api/v1/users").status()).isEqualTo(200);
    assertThat(root.delete("/api/v1/users/delete/ada").status()).isEqualTo(204);
    assertProblem(root.delete("/api/v1/users/delete/ada"), 404, "There is no user 'ada'");
  }

  @Test
  void unknownRoutesAndMethodsAreProblemJson() {
    assertProblem(
        root.get("/api/v1/a/b/c/d/e/f"), 404, "Endpoint GET /api/v1/a/b/c/d/e/f not found");
    assertProblem(root.get("/api/v1/nobody-here"), 404, "There is no user 'nobody-here'");
  }

  @Test
  void theHostHeaderMustBeAllowedExceptForHealth() throws IOException {
    assertThat(rawStatus("/api/v1/users/token", "evil.org")).isEqualTo(400);
    assertThat(rawStatus("/api/v1/users", "api.example.com")).isEqualTo(401);
    assertThat(rawStatus("/api/v1/users", "example.com:8000")).isEqualTo(401);
    assertThat(rawStatus("/_health", "10.1.2.3:8000")).isEqualTo(200);
  }

  private static int rawStatus(String path, String host) throws IOException {
    return RawHttp.status(platform.port(), "GET", path, host, null);
  }

  private static void assertProblem(Http.Response response, int status, String detail) {
    assertThat(response.status()).as(response.text()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.body().get("status").asInt()).isEqualTo(status);
    assertThat(response.body().get("title").asText()).isNotBlank();
    assertThat(response.body().get("type").asText()).startsWith("https://polyaxon.org/problems/");
    assertThat(response.body().get("detail").asText()).isEqualTo(detail);
  }
}

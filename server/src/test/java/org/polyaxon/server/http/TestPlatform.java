package org.polyaxon.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.UnaryOperator;
import org.polyaxon.server.Http;
import org.polyaxon.server.Platform;
import org.polyaxon.server.PolyaxonHome;
import org.polyaxon.server.ServerRole;
import org.polyaxon.server.ServerSettings;
import org.polyaxon.server.config.Options;
import org.polyaxon.server.config.PlatformConfig;
import org.polyaxon.testing.FreshDatabase;

/**
 * A real platform (all roles) on a test class's fresh database, with the superuser root and the
 * users ada and bob logged in: what the HTTP integration tests start from.
 */
public final class TestPlatform implements AutoCloseable {
  public final Platform platform;
  public final PolyaxonHome home;
  public final String rootToken;
  public final String adaToken;
  public final String bobToken;

  /**
   * With the clock and configuration changes a test needs. A test class shares one through {@link
   * PlatformUnderTest}.
   */
  public TestPlatform(
      FreshDatabase db, Path homeDir, Clock clock, UnaryOperator<PlatformConfig> customize) {
    PlatformConfig config =
        customize.apply(
            PlatformConfig.defaults()
                .with(Options.DATABASE_HOST, "127.0.0.1")
                .with(Options.DATABASE_PORT, db.port())
                .with(Options.DATABASE_NAME, db.databaseName())
                .with(Options.DATABASE_USER, "postgres")
                .with(Options.USER_PASSWORD, "root-password"));
    home = new PolyaxonHome(homeDir);
    platform =
        Platform.start(new ServerSettings("127.0.0.1", 0, ServerRole.ALL, home, config), clock);
    Http anonymous = Http.to(platform.port());
    rootToken = login(anonymous, "root", "root-password");
    Http root = anonymous.withToken(rootToken);
    for (String name : new String[] {"ada", "bob"}) {
      assertThat(
              root.post(
                      "/api/v1/users",
                      "{\"username\": \"%s\", \"email\": \"%s@example.com\", \"password\": \"%s-password\"}"
                          .formatted(name, name, name))
                  .status())
          .isEqualTo(201);
    }
    adaToken = login(anonymous, "ada", "ada-password");
    bobToken = login(anonymous, "bob", "bob-password");
  }

  public Http root() {
    return json(rootToken);
  }

  public Http ada() {
    return json(adaToken);
  }

  public Http bob() {
    return json(bobToken);
  }

  public Http anonymous() {
    return Http.to(platform.port());
  }

  public Http json(String token) {
    return Http.to(platform.port()).withToken(token);
  }

  BinaryHttp binary(String token) {
    return new BinaryHttp(platform.port(), token);
  }

  public void createProject(String token, String name, boolean isPublic) {
    Http.Response created =
        json(token)
            .post(
                "/api/v1/projects",
                "{\"name\": \"" + name + "\", \"is_public\": " + isPublic + "}");
    assertThat(created.status()).as(created.text()).isEqualTo(201);
  }

  /** Logs in and returns the token. */
  public static String login(Http http, String user, String password) {
    return http.post(
            "/api/v1/users/token",
            "{\"username\": \"" + user + "\", \"password\": \"" + password + "\"}")
        .body()
        .get("token")
        .asText();
  }

  @Override
  public void close() {
    platform.close();
  }
}

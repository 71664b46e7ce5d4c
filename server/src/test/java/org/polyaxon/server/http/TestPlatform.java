package org.polyaxon.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.polyaxon.server.Http;
import org.polyaxon.server.Platform;
import org.polyaxon.server.PolyaxonHome;
import org.polyaxon.server.ServerRole;
import org.polyaxon.server.ServerSettings;
import org.polyaxon.server.config.Options;
import org.polyaxon.server.config.PlatformConfig;
import org.polyaxon.testing.FreshDatabase;
import org.polyaxon.testing.MutableClock;

/** A real platform on a fresh database for the artifact API tests, with users ada and bob. */
final class TestPlatform implements AutoCloseable {
  final Platform platform;
  final PolyaxonHome home;
  final String rootToken;
  final String adaToken;
  final String bobToken;

  TestPlatform(FreshDatabase db, Path homeDir, int maxUploadMiB) {
    PlatformConfig config =
        PlatformConfig.defaults()
            .with(Options.DATABASE_HOST, "127.0.0.1")
            .with(Options.DATABASE_PORT, db.port())
            .with(Options.DATABASE_NAME, db.databaseName())
            .with(Options.DATABASE_USER, "postgres")
            .with(Options.USER_PASSWORD, "root-password")
            .with(Options.UPLOADS_MAX_SIZE_MIB, maxUploadMiB);
    home = new PolyaxonHome(homeDir);
    platform =
        Platform.start(
            new ServerSettings("127.0.0.1", 0, ServerRole.ALL, home, config),
            MutableClock.at("2024-03-01T12:00:00Z"));
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

  Http json(String token) {
    return Http.to(platform.port()).withToken(token);
  }

  BinaryHttp binary(String token) {
    return new BinaryHttp(platform.port(), token);
  }

  void createProject(String token, String name, boolean isPublic) {
    Http.Response created =
        json(token)
            .post(
                "/api/v1/projects",
                "{\"name\": \"" + name + "\", \"is_public\": " + isPublic + "}");
    assertThat(created.status()).as(created.text()).isEqualTo(201);
  }

  private static String login(Http http, String user, String password) {
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

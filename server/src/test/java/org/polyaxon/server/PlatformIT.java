package org.polyaxon.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.polyaxon.cli.Version;
import org.polyaxon.server.config.Options;
import org.polyaxon.server.config.PlatformConfig;
import org.polyaxon.store.postgres.Installation;
import org.polyaxon.testing.FreshDatabase;
import org.polyaxon.testing.MutableClock;

class PlatformIT {
  @RegisterExtension static final FreshDatabase DB = new FreshDatabase();
  private static final MutableClock CLOCK = MutableClock.at("2024-06-01T08:00:00Z");

  @Test
  void servesHealthAndKeepsItsDatabaseAcrossRestarts(@TempDir Path dir) {
    ServerSettings settings = ServerSettings.local("127.0.0.1", 0, new PolyaxonHome(dir));

    Installation first;
    try (Platform platform = Platform.start(settings, CLOCK)) {
      Http.Response health = Http.json(platform.port(), "/_health");
      assertThat(health.status()).isEqualTo(200);
      assertThat(health.body().get("status").asText()).isEqualTo("ok");
      assertThat(health.body().get("version").asText()).isEqualTo(Version.current());
      assertThat(health.body().get("database").asText()).isEqualTo("ok");
      first = platform.installation();
    }
    assertThat(dir.resolve("db/postmaster.pid")).doesNotExist();

    try (Platform platform = Platform.start(settings, CLOCK)) {
      assertThat(platform.installation()).isEqualTo(first);
    }
  }

  @Test
  void refusesASecondServerOnTheSameHome(@TempDir Path dir) {
    ServerSettings settings = ServerSettings.local("127.0.0.1", 0, new PolyaxonHome(dir));
    try (Platform running = Platform.start(settings, CLOCK)) {
      assertThatThrownBy(() -> Platform.start(settings, CLOCK))
          .isInstanceOf(StartupException.class)
          .hasMessageContaining("Another Polyaxon server is already running")
          .hasMessageContaining(dir.toString());
      assertThat(Http.json(running.port(), "/_health").status()).isEqualTo(200);
    }
  }

  @Test
  void namesTheBusyPortAndLeavesNothingRunning(@TempDir Path dir) throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      ServerSettings settings =
          ServerSettings.local("127.0.0.1", taken.getLocalPort(), new PolyaxonHome(dir));

      assertThatThrownBy(() -> Platform.start(settings, CLOCK))
          .isInstanceOf(StartupException.class)
          .hasMessage(
              "Port "
                  + taken.getLocalPort()
                  + " on 127.0.0.1 is already in use; pass --port to choose another.");
    }
    // The database it had started was stopped and the lock released: a retry starts cleanly.
    assertThat(dir.resolve("db/postmaster.pid")).doesNotExist();
    try (Platform platform =
        Platform.start(ServerSettings.local("127.0.0.1", 0, new PolyaxonHome(dir)), CLOCK)) {
      assertThat(platform.port()).isPositive();
    }
  }

  @Test
  void usesTheConfiguredDatabaseAndNamesItWhenUnreachable(@TempDir Path dir) throws IOException {
    int closedPort;
    try (ServerSocket free = new ServerSocket(0)) {
      closedPort = free.getLocalPort();
    }
    PlatformConfig config =
        PlatformConfig.defaults()
            .with(Options.DATABASE_HOST, "127.0.0.1")
            .with(Options.DATABASE_PORT, closedPort)
            .with(Options.DATABASE_NAME, "px");
    ServerSettings settings =
        new ServerSettings("127.0.0.1", 0, ServerRole.ALL, new PolyaxonHome(dir), config);

    assertThatThrownBy(() -> Platform.start(settings, CLOCK))
        .isInstanceOf(StartupException.class)
        .hasMessageStartingWith(
            "Cannot connect to PostgreSQL at 127.0.0.1:" + closedPort + "/px as polyaxon: ")
        .hasMessageEndingWith("Check database.* in the configuration.");
    assertThat(dir.resolve("db")).doesNotExist();
  }

  @Test
  void runsOnAnExternalDatabaseWithoutStartingItsOwn(@TempDir Path dir) {
    PlatformConfig config =
        PlatformConfig.defaults()
            .with(Options.DATABASE_HOST, "127.0.0.1")
            .with(Options.DATABASE_PORT, DB.port())
            .with(Options.DATABASE_NAME, DB.databaseName())
            .with(Options.DATABASE_USER, "postgres");
    ServerSettings settings =
        new ServerSettings("127.0.0.1", 0, ServerRole.ALL, new PolyaxonHome(dir), config);

    try (Platform platform = Platform.start(settings, CLOCK)) {
      assertThat(Http.json(platform.port(), "/_health").status()).isEqualTo(200);
      assertThat(platform.installation().createdWithVersion()).isEqualTo(Version.current());
    }
    assertThat(dir.resolve("db")).doesNotExist();
  }

  @Test
  void theKubernetesSchedulerRoleStartsAndServesHealthThoughItRunsNothingYet(@TempDir Path dir) {
    PlatformConfig config =
        PlatformConfig.defaults()
            .with(Options.EXECUTOR, "kubernetes")
            .with(Options.DATABASE_HOST, "127.0.0.1")
            .with(Options.DATABASE_PORT, DB.port())
            .with(Options.DATABASE_NAME, DB.databaseName())
            .with(Options.DATABASE_USER, "postgres");
    ServerSettings settings =
        new ServerSettings("127.0.0.1", 0, ServerRole.SCHEDULER, new PolyaxonHome(dir), config);

    try (Platform platform = Platform.start(settings, CLOCK)) {
      assertThat(Http.json(platform.port(), "/_health").status()).isEqualTo(200);
    }
    assertThat(dir.resolve("runs")).doesNotExist();
  }
}

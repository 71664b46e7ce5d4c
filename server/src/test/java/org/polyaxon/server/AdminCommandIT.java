package org.polyaxon.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.polyaxon.testing.FreshDatabase;

/** The commands the chart's hooks run, as real processes against a real database. */
class AdminCommandIT {
  @RegisterExtension static final FreshDatabase DB = new FreshDatabase();
  private static final Path ROOT = LauncherProcess.repositoryRoot();
  private static final Duration LIMIT = Duration.ofSeconds(60);

  @TempDir Path home;

  private Map<String, String> env(int port) {
    Map<String, String> env = new HashMap<>();
    env.put("POLYAXON_HOME", home.toString());
    env.put("POLYAXON_BUILD", "never");
    env.put("POLYAXON_DB_HOST", "127.0.0.1");
    env.put("POLYAXON_DB_PORT", String.valueOf(port));
    env.put("POLYAXON_DB_NAME", DB.databaseName());
    env.put("POLYAXON_DB_USER", "postgres");
    return env;
  }

  @Test
  void migrateThenCreateRootAreIdempotent() throws Exception {
    Map<String, String> env = env(DB.port());
    try (LauncherProcess migrate = LauncherProcess.start(ROOT, env, "admin", "migrate")) {
      assertThat(migrate.awaitExit(LIMIT)).as(migrate.output()).isZero();
      assertThat(migrate.output()).containsPattern("Database schema at version \\d+");
    }
    try (LauncherProcess again = LauncherProcess.start(ROOT, env, "admin", "migrate")) {
      assertThat(again.awaitExit(LIMIT)).isZero();
    }
    env.put("POLYAXON_ADMIN_PASSWORD", "from-the-secret");
    try (LauncherProcess create = LauncherProcess.start(ROOT, env, "admin", "create-root")) {
      assertThat(create.awaitExit(LIMIT)).as(create.output()).isZero();
      assertThat(create.output())
          .contains("Created the superuser 'root' with the configured password.")
          .doesNotContain("from-the-secret");
    }
    try (LauncherProcess again = LauncherProcess.start(ROOT, env, "admin", "create-root")) {
      assertThat(again.awaitExit(LIMIT)).isZero();
      assertThat(again.output()).contains("The superuser 'root' already exists; nothing to do.");
    }
    assertThat(home.resolve("db")).doesNotExist();
  }

  @Test
  void anUnreachableDatabaseFailsAfterTheWaitWithItsAddress() throws Exception {
    int closed;
    try (ServerSocket free = new ServerSocket(0)) {
      closed = free.getLocalPort();
    }
    try (LauncherProcess migrate =
        LauncherProcess.start(ROOT, env(closed), "admin", "migrate", "--wait", "0")) {
      assertThat(migrate.awaitExit(LIMIT)).isEqualTo(1);
      assertThat(migrate.output())
          .contains(
              "polyaxon admin migrate: Cannot connect to PostgreSQL at 127.0.0.1:"
                  + closed
                  + "/"
                  + DB.databaseName()
                  + " as postgres");
    }
  }

  @Test
  void helpListsTheAdminCommands() throws IOException, InterruptedException {
    try (LauncherProcess help = LauncherProcess.start(ROOT, env(DB.port()), "admin", "--help")) {
      assertThat(help.awaitExit(LIMIT)).isZero();
      assertThat(help.output()).contains("migrate", "create-root");
    }
  }
}

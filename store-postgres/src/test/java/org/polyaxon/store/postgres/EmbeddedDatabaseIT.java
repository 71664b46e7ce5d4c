package org.polyaxon.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseIT {

  @Test
  void keepsItsDataAcrossRestarts(@TempDir Path home) {
    Path data = home.resolve("db");
    Installation created;
    try (EmbeddedDatabase database = EmbeddedDatabase.start(data);
        DatabasePool pool = new DatabasePool(database.jdbcUrl(), database.username(), "", 2)) {
      DatabaseMigrator.migrate(pool.dataSource());
      created = new InstallationStore(pool.dataSource(), Clock.systemUTC()).ensure("test");
    }
    assertThat(data.resolve("postmaster.pid")).doesNotExist();

    try (EmbeddedDatabase database = EmbeddedDatabase.start(data);
        DatabasePool pool = new DatabasePool(database.jdbcUrl(), database.username(), "", 2)) {
      assertThat(Files.exists(data.resolve("postmaster.pid"))).isTrue();
      DatabaseMigrator.migrate(pool.dataSource());
      assertThat(new InstallationStore(pool.dataSource(), Clock.systemUTC()).ensure("other"))
          .isEqualTo(created);
    }
  }
}

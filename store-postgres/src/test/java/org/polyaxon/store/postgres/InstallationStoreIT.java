package org.polyaxon.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.polyaxon.testing.FreshDatabase;
import org.polyaxon.testing.MutableClock;

class InstallationStoreIT {
  @RegisterExtension static final FreshDatabase DB = new FreshDatabase();

  private static String schemaVersion;

  @BeforeAll
  static void migrate() {
    schemaVersion = DatabaseMigrator.migrate(DB.dataSource());
    assertThat(schemaVersion).isNotBlank();
  }

  @Test
  void theFirstStartCreatesTheInstallationAndLaterStartsKeepIt() {
    MutableClock clock = MutableClock.at("2024-05-01T12:00:00Z");
    InstallationStore store = new InstallationStore(DB.dataSource(), clock);

    Installation first = store.ensure("1.0.0");
    clock.advance(Duration.ofDays(3));
    Installation later = store.ensure("1.1.0");

    assertThat(later).isEqualTo(first);
    assertThat(first.createdAt()).isEqualTo(Instant.parse("2024-05-01T12:00:00Z"));
    assertThat(first.createdWithVersion()).isEqualTo("1.0.0");
  }

  @Test
  void migratingAgainChangesNothing() {
    assertThat(DatabaseMigrator.migrate(DB.dataSource())).isEqualTo(schemaVersion);
  }
}

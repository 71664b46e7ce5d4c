package org.polyaxon.store.postgres;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Brings a database to the current schema with the Flyway migrations of this module. */
public final class DatabaseMigrator {
  private static final Logger LOG = LoggerFactory.getLogger(DatabaseMigrator.class);

  private DatabaseMigrator() {}

  /** Applies every pending migration; returns the schema version now in place. */
  public static String migrate(DataSource dataSource) {
    MigrateResult result =
        Flyway.configure()
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    String version =
        result.targetSchemaVersion != null
            ? result.targetSchemaVersion
            : result.initialSchemaVersion;
    if (result.migrationsExecuted > 0) {
      LOG.info(
          "Database migrated to version {} ({} migrations applied)",
          version,
          result.migrationsExecuted);
    }
    return version;
  }
}

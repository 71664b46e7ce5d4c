package org.polyaxon.store.postgres;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/** Reads the installation record, creating it on the platform's first start. */
public final class InstallationStore {
  private final Jdbi jdbi;
  private final Clock clock;

  public InstallationStore(DataSource dataSource, Clock clock) {
    this.jdbi = Jdbi.create(dataSource);
    this.clock = clock;
  }

  /** The installation, created now with {@code version} if this database has none yet. */
  public Installation ensure(String version) {
    return jdbi.inTransaction(
        handle -> {
          handle
              .createUpdate(
                  "INSERT INTO installation (id, created_at, created_with_version)"
                      + " VALUES (:id, :now, :version) ON CONFLICT DO NOTHING")
              .bind("id", UUID.randomUUID())
              .bind("now", clock.instant().atOffset(ZoneOffset.UTC))
              .bind("version", version)
              .execute();
          return handle
              .createQuery("SELECT id, created_at, created_with_version FROM installation")
              .map(
                  (rs, ctx) ->
                      new Installation(
                          rs.getObject("id", UUID.class),
                          rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                          rs.getString("created_with_version")))
              .one();
        });
  }
}

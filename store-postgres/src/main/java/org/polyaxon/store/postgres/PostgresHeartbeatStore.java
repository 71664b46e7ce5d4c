package org.polyaxon.store.postgres;

import static org.polyaxon.store.postgres.PostgresUserStore.utc;

import java.time.Instant;
import org.jdbi.v3.core.Jdbi;
import org.polyaxon.core.run.HeartbeatStore;

/** {@link HeartbeatStore} on PostgreSQL: one column of {@code runs}, not its history. */
public final class PostgresHeartbeatStore implements HeartbeatStore {
  private final Jdbi jdbi;

  public PostgresHeartbeatStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public boolean beat(long runId, Instant at) {
    // GREATEST: a delayed request never moves the heartbeat back in time.
    return jdbi.withHandle(
            handle ->
                handle
                    .createUpdate(
                        "UPDATE runs SET heartbeat_at = GREATEST(heartbeat_at, :at)"
                            + " WHERE id = :id AND finished_at IS NULL")
                    .bind("id", runId)
                    .bind("at", utc(at))
                    .execute())
        > 0;
  }
}

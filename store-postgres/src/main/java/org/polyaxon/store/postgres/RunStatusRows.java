package org.polyaxon.store.postgres;

import static org.polyaxon.store.postgres.PostgresUserStore.utc;
import static org.polyaxon.store.postgres.RunJsonColumns.fromJson;
import static org.polyaxon.store.postgres.RunJsonColumns.toJson;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.polyaxon.core.run.StatusChange;
import org.polyaxon.core.run.StatusReason;
import org.polyaxon.core.run.StatusUpdate;
import org.polyaxon.core.status.Status;

/**
 * Rows of {@code run_statuses}, a run's status history, on the caller's handle: a new entry is
 * written in the transaction that changes the run's status.
 */
final class RunStatusRows {
  private static final String SELECT =
      "SELECT id, uuid, status, reason, message, traceback, details::text AS details, created_at"
          + " FROM run_statuses";

  private RunStatusRows() {}

  static void record(Handle handle, long runId, StatusUpdate update, Instant now) {
    handle
        .createUpdate(
            "INSERT INTO run_statuses"
                + " (uuid, run_id, status, reason, message, traceback, details, created_at)"
                + " VALUES (:uuid, :run, :status, :reason, :message, :traceback,"
                + " CAST(:details AS jsonb), :now)")
        .bind("uuid", UUID.randomUUID().toString().replace("-", ""))
        .bind("run", runId)
        .bind("status", update.status().wireName())
        .bind("reason", update.reason().wireName())
        .bind("message", update.message())
        .bind("traceback", update.traceback())
        .bind("details", update.details() == null ? null : toJson(update.details()))
        .bind("now", utc(now))
        .execute();
  }

  /** The run's history, oldest first. */
  static List<StatusChange> list(Handle handle, long runId) {
    return handle
        .createQuery(SELECT + " WHERE run_id = :id ORDER BY id")
        .bind("id", runId)
        .map(RunStatusRows::statusChange)
        .list();
  }

  static Optional<StatusChange> find(Handle handle, long runId, String uuid) {
    return handle
        .createQuery(SELECT + " WHERE run_id = :id AND uuid = :uuid")
        .bind("id", runId)
        .bind("uuid", uuid)
        .map(RunStatusRows::statusChange)
        .findOne();
  }

  private static StatusChange statusChange(ResultSet rs, StatementContext ctx) throws SQLException {
    String reason = rs.getString("reason");
    String details = rs.getString("details");
    return new StatusChange(
        rs.getLong("id"),
        rs.getString("uuid"),
        Status.fromWireName(rs.getString("status")),
        reason == null ? null : StatusReason.fromWireName(reason),
        rs.getString("message"),
        rs.getString("traceback"),
        details == null ? null : fromJson(details),
        PostgresRunStore.instant(rs, "created_at"));
  }
}

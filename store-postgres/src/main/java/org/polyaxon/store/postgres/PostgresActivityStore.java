package org.polyaxon.store.postgres;

import static org.polyaxon.store.postgres.PostgresUserStore.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.polyaxon.core.Page;
import org.polyaxon.core.activity.Activity;
import org.polyaxon.core.activity.ActivityStore;

/** {@link ActivityStore} on PostgreSQL. */
public final class PostgresActivityStore implements ActivityStore {
  private static final String SELECT =
      "SELECT a.id, u.username, a.method, a.route, a.path, a.project, a.status, a.created_at"
          + " FROM activity_logs a LEFT JOIN users u ON u.id = a.actor_id";

  private final Jdbi jdbi;

  public PostgresActivityStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public void record(NewActivity activity, Instant now) {
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate(
                    "INSERT INTO activity_logs (actor_id, method, route, path, project, status,"
                        + " created_at) VALUES (:actor, :method, :route, :path, :project, :status,"
                        + " :now)")
                .bind("actor", activity.actorId())
                .bind("method", activity.method())
                .bind("route", activity.route())
                .bind("path", activity.path())
                .bind("project", activity.project())
                .bind("status", activity.status())
                .bind("now", utc(now))
                .execute());
  }

  @Override
  public Page<Activity> list(int limit, int offset) {
    return jdbi.withHandle(
        handle ->
            new Page<>(
                handle
                    .createQuery(SELECT + " ORDER BY a.id DESC LIMIT :limit OFFSET :offset")
                    .bind("limit", limit)
                    .bind("offset", offset)
                    .map(PostgresActivityStore::activity)
                    .list(),
                handle.createQuery("SELECT count(*) FROM activity_logs").mapTo(Long.class).one()));
  }

  @Override
  public Page<Activity> listOfProject(String project, int limit, int offset) {
    return jdbi.withHandle(
        handle ->
            new Page<>(
                handle
                    .createQuery(
                        SELECT
                            + " WHERE a.project = :project ORDER BY a.id DESC"
                            + " LIMIT :limit OFFSET :offset")
                    .bind("project", project)
                    .bind("limit", limit)
                    .bind("offset", offset)
                    .map(PostgresActivityStore::activity)
                    .list(),
                handle
                    .createQuery("SELECT count(*) FROM activity_logs WHERE project = :project")
                    .bind("project", project)
                    .mapTo(Long.class)
                    .one()));
  }

  private static Activity activity(ResultSet rs, StatementContext ctx) throws SQLException {
    return new Activity(
        rs.getLong("id"),
        rs.getString("username"),
        rs.getString("method"),
        rs.getString("route"),
        rs.getString("path"),
        rs.getString("project"),
        rs.getInt("status"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant());
  }
}

package org.polyaxon.store.postgres;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;
import org.polyaxon.core.run.RunCatalog;
import org.polyaxon.core.run.RunKind;
import org.polyaxon.core.status.Status;

/** {@link RunCatalog} on PostgreSQL: runs joined with their project, owner and creator. */
public final class PostgresRunCatalog implements RunCatalog {
  private static final String FILTER =
      " WHERE r.kind = ANY(:kinds) AND (CAST(:project AS BIGINT) IS NULL OR r.project_id = :project)";

  private static final String SELECT =
      "SELECT r.uuid, r.kind, r.number, r.name, r.project_id, o.username AS owner,"
          + " p.name AS project, u.username, r.status, r.created_at, r.finished_at FROM runs r"
          + " JOIN projects p ON p.id = r.project_id JOIN users o ON o.id = p.owner_id"
          + " JOIN users u ON u.id = r.user_id";

  private final Jdbi jdbi;

  public PostgresRunCatalog(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public List<RunSummary> list(Set<RunKind> kinds, Long projectId, int limit, int offset) {
    return jdbi.withHandle(
        handle ->
            bindFilter(
                    handle.createQuery(
                        SELECT
                            + FILTER
                            + " ORDER BY r.created_at DESC, r.id DESC LIMIT :limit OFFSET :offset"),
                    kinds,
                    projectId)
                .bind("limit", limit)
                .bind("offset", offset)
                .map(PostgresRunCatalog::summary)
                .list());
  }

  @Override
  public long count(Set<RunKind> kinds, Long projectId) {
    return jdbi.withHandle(
        handle ->
            bindFilter(handle.createQuery("SELECT count(*) FROM runs r" + FILTER), kinds, projectId)
                .mapTo(Long.class)
                .one());
  }

  @Override
  public Optional<RunSummary> find(String uuid) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(SELECT + " WHERE r.uuid = :uuid")
                .bind("uuid", uuid)
                .map(PostgresRunCatalog::summary)
                .findOne());
  }

  private static Query bindFilter(Query query, Set<RunKind> kinds, Long projectId) {
    return query
        .bind("kinds", kinds.stream().map(RunKind::wireName).toArray(String[]::new))
        .bind("project", projectId);
  }

  private static RunSummary summary(ResultSet rs, StatementContext ctx) throws SQLException {
    OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
    return new RunSummary(
        rs.getString("uuid"),
        RunKind.fromWireName(rs.getString("kind")),
        rs.getLong("number"),
        rs.getString("name"),
        rs.getLong("project_id"),
        rs.getString("owner"),
        rs.getString("project"),
        rs.getString("username"),
        Status.fromWireName(rs.getString("status")),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        finished == null ? null : finished.toInstant());
  }
}

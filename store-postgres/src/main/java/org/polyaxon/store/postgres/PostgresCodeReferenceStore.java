package org.polyaxon.store.postgres;

import static org.polyaxon.store.postgres.PostgresUserStore.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.polyaxon.core.code.CodeReference;
import org.polyaxon.core.code.CodeReferenceStore;

/** {@link CodeReferenceStore} on PostgreSQL. */
public final class PostgresCodeReferenceStore implements CodeReferenceStore {
  private static final String SELECT =
      "SELECT c.id, c.project_id, c.commit_hash, c.size_bytes, u.username AS uploaded_by,"
          + " c.created_at FROM code_references c LEFT JOIN users u ON u.id = c.uploaded_by";

  private final Jdbi jdbi;

  public PostgresCodeReferenceStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public CodeReference create(
      long projectId, String commit, long sizeBytes, long userId, Instant now) {
    return jdbi.withHandle(
        handle -> {
          long id =
              handle
                  .createQuery(
                      "INSERT INTO code_references (project_id, commit_hash, size_bytes,"
                          + " uploaded_by, created_at) VALUES (:project, :commit, :size, :user,"
                          + " :now) RETURNING id")
                  .bind("project", projectId)
                  .bind("commit", commit)
                  .bind("size", sizeBytes)
                  .bind("user", userId)
                  .bind("now", utc(now))
                  .mapTo(Long.class)
                  .one();
          return handle
              .createQuery(SELECT + " WHERE c.id = :id")
              .bind("id", id)
              .map(PostgresCodeReferenceStore::reference)
              .one();
        });
  }

  @Override
  public Optional<CodeReference> latest(long projectId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(SELECT + " WHERE c.project_id = :project ORDER BY c.id DESC LIMIT 1")
                .bind("project", projectId)
                .map(PostgresCodeReferenceStore::reference)
                .findOne());
  }

  @Override
  public Optional<CodeReference> find(long id) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(SELECT + " WHERE c.id = :id")
                .bind("id", id)
                .map(PostgresCodeReferenceStore::reference)
                .findOne());
  }

  private static CodeReference reference(ResultSet rs, StatementContext ctx) throws SQLException {
    return new CodeReference(
        rs.getLong("id"),
        rs.getLong("project_id"),
        rs.getString("commit_hash"),
        rs.getLong("size_bytes"),
        rs.getString("uploaded_by"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant());
  }
}

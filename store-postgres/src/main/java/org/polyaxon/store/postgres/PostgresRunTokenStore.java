package org.polyaxon.store.postgres;

import static org.polyaxon.store.postgres.PostgresUserStore.utc;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.polyaxon.core.auth.RunTokenStore;
import org.polyaxon.core.auth.User;
import org.polyaxon.core.run.RunKind;
import org.polyaxon.core.status.Status;

/** {@link RunTokenStore} on PostgreSQL: the {@code run_tokens} table (migration V8). */
public final class PostgresRunTokenStore implements RunTokenStore {
  private final Jdbi jdbi;

  public PostgresRunTokenStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public void save(long runId, String tokenHash, Instant createdAt) {
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate(
                    "INSERT INTO run_tokens (run_id, token_hash, created_at) VALUES (:run, :hash,"
                        + " :at) ON CONFLICT (run_id) DO UPDATE SET token_hash = :hash,"
                        + " created_at = :at")
                .bind("run", runId)
                .bind("hash", tokenHash)
                .bind("at", utc(createdAt))
                .execute());
  }

  @Override
  public Optional<TokenRun> findByTokenHash(String tokenHash) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT r.id AS run_id, r.kind, r.number, r.status, p.name AS project_name,"
                        + " o.username AS project_owner, u.id, u.username, u.email,"
                        + " u.is_superuser, u.is_active, u.created_at"
                        + " FROM run_tokens t JOIN runs r ON r.id = t.run_id"
                        + " JOIN users u ON u.id = r.user_id"
                        + " JOIN projects p ON p.id = r.project_id"
                        + " JOIN users o ON o.id = p.owner_id"
                        + " WHERE t.token_hash = :hash")
                .bind("hash", tokenHash)
                .map(
                    (rs, ctx) ->
                        new TokenRun(
                            new User(
                                rs.getLong("id"),
                                rs.getString("username"),
                                rs.getString("email"),
                                rs.getBoolean("is_superuser"),
                                rs.getBoolean("is_active"),
                                rs.getObject("created_at", java.time.OffsetDateTime.class)
                                    .toInstant()),
                            rs.getLong("run_id"),
                            RunKind.fromWireName(rs.getString("kind")),
                            rs.getLong("number"),
                            Status.fromWireName(rs.getString("status")),
                            rs.getString("project_owner"),
                            rs.getString("project_name")))
                .findOne());
  }
}

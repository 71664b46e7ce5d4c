package org.polyaxon.store.postgres;

import static org.polyaxon.store.postgres.PostgresUserStore.utc;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.polyaxon.core.auth.AdminSessionStore;
import org.polyaxon.core.auth.User;

/** {@link AdminSessionStore} on PostgreSQL: the {@code admin_sessions} table. */
public final class PostgresAdminSessionStore implements AdminSessionStore {
  private final Jdbi jdbi;

  public PostgresAdminSessionStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public void create(
      String idHash, long userId, String csrfToken, Instant createdAt, Instant expiresAt) {
    jdbi.useTransaction(
        handle -> {
          // Logins are rare, so each one sweeps the sessions nobody logged out of.
          handle
              .createUpdate("DELETE FROM admin_sessions WHERE expires_at <= :now")
              .bind("now", utc(createdAt))
              .execute();
          handle
              .createUpdate(
                  "INSERT INTO admin_sessions (id_hash, user_id, csrf_token, created_at,"
                      + " expires_at) VALUES (:hash, :user, :csrf, :created, :expires)")
              .bind("hash", idHash)
              .bind("user", userId)
              .bind("csrf", csrfToken)
              .bind("created", utc(createdAt))
              .bind("expires", utc(expiresAt))
              .execute();
        });
  }

  @Override
  public Optional<StoredSession> find(String idHash, Instant now) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT u.id, u.username, u.email, u.is_superuser, u.is_active, u.created_at,"
                        + " s.csrf_token, s.expires_at FROM admin_sessions s"
                        + " JOIN users u ON u.id = s.user_id"
                        + " WHERE s.id_hash = :hash AND s.expires_at > :now")
                .bind("hash", idHash)
                .bind("now", utc(now))
                .map(
                    (rs, ctx) ->
                        new StoredSession(
                            new User(
                                rs.getLong("id"),
                                rs.getString("username"),
                                rs.getString("email"),
                                rs.getBoolean("is_superuser"),
                                rs.getBoolean("is_active"),
                                rs.getObject("created_at", OffsetDateTime.class).toInstant()),
                            rs.getString("csrf_token"),
                            rs.getObject("expires_at", OffsetDateTime.class).toInstant()))
                .findOne());
  }

  @Override
  public void setFlash(String idHash, Flash flash) {
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate(
                    "UPDATE admin_sessions SET flash_error = :error, flash_text = :text"
                        + " WHERE id_hash = :hash")
                .bind("error", flash.error())
                .bind("text", flash.text())
                .bind("hash", idHash)
                .execute());
  }

  @Override
  public Optional<Flash> takeFlash(String idHash) {
    // Read and clear in one statement, so two tabs never both show the message.
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "WITH old AS (SELECT id_hash, flash_error, flash_text FROM admin_sessions"
                        + " WHERE id_hash = :hash AND flash_text IS NOT NULL FOR UPDATE)"
                        + " UPDATE admin_sessions s SET flash_error = NULL, flash_text = NULL"
                        + " FROM old WHERE s.id_hash = old.id_hash"
                        + " RETURNING old.flash_error, old.flash_text")
                .bind("hash", idHash)
                .map(
                    (rs, ctx) ->
                        new Flash(rs.getBoolean("flash_error"), rs.getString("flash_text")))
                .findOne());
  }

  @Override
  public void delete(String idHash) {
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate("DELETE FROM admin_sessions WHERE id_hash = :hash")
                .bind("hash", idHash)
                .execute());
  }
}

package org.polyaxon.store.postgres;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.polyaxon.core.auth.User;
import org.polyaxon.core.auth.UserStore;
import org.polyaxon.core.error.ConflictException;

/** {@link UserStore} on PostgreSQL. */
public final class PostgresUserStore implements UserStore {
  private static final String COLUMNS = "id, username, email, is_superuser, is_active, created_at";
  private static final String UNIQUE_VIOLATION = "23505";

  private final Jdbi jdbi;

  public PostgresUserStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public User create(NewUser user, String passwordHash, Instant now) {
    try {
      return jdbi.withHandle(
          handle ->
              handle
                  .createQuery(
                      "INSERT INTO users (username, email, password_hash, is_superuser, created_at)"
                          + " VALUES (:username, :email, :hash, :superuser, :now) RETURNING "
                          + COLUMNS)
                  .bind("username", user.username())
                  .bind("email", user.email())
                  .bind("hash", passwordHash)
                  .bind("superuser", user.superuser())
                  .bind("now", utc(now))
                  .map(PostgresUserStore::user)
                  .one());
    } catch (UnableToExecuteStatementException e) {
      if (isUniqueViolation(e)) {
        throw new ConflictException("A user named '" + user.username() + "' already exists");
      }
      throw e;
    }
  }

  @Override
  public Optional<User> findByUsername(String username) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("SELECT " + COLUMNS + " FROM users WHERE username = :username")
                .bind("username", username)
                .map(PostgresUserStore::user)
                .findOne());
  }

  @Override
  public Optional<String> passwordHash(String username) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("SELECT password_hash FROM users WHERE username = :username")
                .bind("username", username)
                .mapTo(String.class)
                .findOne());
  }

  @Override
  public void setPasswordHash(String username, String passwordHash) {
    update(
        "UPDATE users SET password_hash = :value WHERE username = :username",
        username,
        passwordHash);
  }

  @Override
  public void setActive(String username, boolean active) {
    update("UPDATE users SET is_active = :value WHERE username = :username", username, active);
  }

  @Override
  public void setSuperuser(String username, boolean superuser) {
    update(
        "UPDATE users SET is_superuser = :value WHERE username = :username", username, superuser);
  }

  @Override
  public boolean delete(String username) {
    return jdbi.withHandle(
            handle ->
                handle
                    .createUpdate("DELETE FROM users WHERE username = :username")
                    .bind("username", username)
                    .execute())
        > 0;
  }

  @Override
  public List<User> list() {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("SELECT " + COLUMNS + " FROM users ORDER BY id")
                .map(PostgresUserStore::user)
                .list());
  }

  @Override
  public long count() {
    return jdbi.withHandle(
        handle -> handle.createQuery("SELECT count(*) FROM users").mapTo(Long.class).one());
  }

  @Override
  public void saveToken(long userId, String tokenHash, Instant createdAt) {
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate(
                    "INSERT INTO tokens (user_id, token_hash, created_at) VALUES (:user, :hash, :at)")
                .bind("user", userId)
                .bind("hash", tokenHash)
                .bind("at", utc(createdAt))
                .execute());
  }

  @Override
  public Optional<TokenOwner> findByTokenHash(String tokenHash) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT u.id, u.username, u.email, u.is_superuser, u.is_active, u.created_at,"
                        + " t.created_at AS token_created_at"
                        + " FROM tokens t JOIN users u ON u.id = t.user_id"
                        + " WHERE t.token_hash = :hash")
                .bind("hash", tokenHash)
                .map(
                    (rs, ctx) ->
                        new TokenOwner(
                            user(rs, ctx),
                            rs.getObject("token_created_at", OffsetDateTime.class).toInstant()))
                .findOne());
  }

  private void update(String sql, String username, Object value) {
    jdbi.useHandle(
        handle ->
            handle.createUpdate(sql).bind("username", username).bind("value", value).execute());
  }

  private static User user(ResultSet rs, StatementContext ctx) throws SQLException {
    return new User(
        rs.getLong("id"),
        rs.getString("username"),
        rs.getString("email"),
        rs.getBoolean("is_superuser"),
        rs.getBoolean("is_active"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant());
  }

  static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  static boolean isUniqueViolation(Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}

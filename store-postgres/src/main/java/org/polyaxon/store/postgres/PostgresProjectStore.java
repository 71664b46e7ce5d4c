package org.polyaxon.store.postgres;

import static org.polyaxon.store.postgres.PostgresUserStore.isUniqueViolation;
import static org.polyaxon.store.postgres.PostgresUserStore.utc;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.polyaxon.core.error.ConflictException;
import org.polyaxon.core.project.Project;
import org.polyaxon.core.project.ProjectStore;
import org.polyaxon.core.project.RunCounts;

/** {@link ProjectStore} on PostgreSQL. */
public final class PostgresProjectStore implements ProjectStore {
  /**
   * The live runs of each kind come from V7's and V14's counters: a few primary-key reads per
   * project, whatever its number of runs. No experiment can be in a group yet (creation refuses
   * {@code experiment_group}), so every experiment is an independent one.
   */
  private static final String SELECT =
      "SELECT p.id, p.uuid, u.username AS owner, p.name, p.description, p.tags, p.is_public,"
          + " p.has_code, p.archived, p.created_at, p.updated_at,"
          + live("experiment")
          + " AS experiments,"
          + live("group")
          + " AS groups,"
          + live("job")
          + " AS jobs,"
          + live("build")
          + " AS builds"
          + " FROM projects p JOIN users u ON u.id = p.owner_id";

  private static String live(String kind) {
    return " coalesce((SELECT c.total - c.archived FROM run_counters c"
        + " WHERE c.project_id = p.id AND c.kind = '"
        + kind
        + "'), 0)";
  }

  private final Jdbi jdbi;

  public PostgresProjectStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Project create(long ownerId, NewProject project, String uuid, Instant now) {
    try {
      long id =
          jdbi.withHandle(
              handle ->
                  handle
                      .createQuery(
                          "INSERT INTO projects (uuid, owner_id, name, description, tags, is_public,"
                              + " created_at, updated_at) VALUES (:uuid, :owner, :name,"
                              + " :description, :tags, :public, :now, :now) RETURNING id")
                      .bind("uuid", uuid)
                      .bind("owner", ownerId)
                      .bind("name", project.name())
                      .bind("description", project.description())
                      .bind("tags", project.tags().toArray(String[]::new))
                      .bind("public", project.isPublic())
                      .bind("now", utc(now))
                      .mapTo(Long.class)
                      .one());
      return findById(id).orElseThrow();
    } catch (UnableToExecuteStatementException e) {
      if (isUniqueViolation(e)) {
        throw new ConflictException("A project named '" + project.name() + "' already exists");
      }
      throw e;
    }
  }

  @Override
  public Optional<Project> find(String owner, String name) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(SELECT + " WHERE u.username = :owner AND p.name = :name")
                .bind("owner", owner)
                .bind("name", name)
                .map(PostgresProjectStore::project)
                .findOne());
  }

  @Override
  public Optional<Project> findById(long id) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(SELECT + " WHERE p.id = :id")
                .bind("id", id)
                .map(PostgresProjectStore::project)
                .findOne());
  }

  @Override
  public List<Project> listByOwner(
      String owner, boolean includePrivate, boolean archived, int limit, int offset) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    SELECT
                        + " WHERE u.username = :owner AND p.archived = :archived"
                        + " AND (p.is_public OR :private) ORDER BY p.created_at DESC, p.id DESC"
                        + " LIMIT :limit OFFSET :offset")
                .bind("owner", owner)
                .bind("archived", archived)
                .bind("private", includePrivate)
                .bind("limit", limit)
                .bind("offset", offset)
                .map(PostgresProjectStore::project)
                .list());
  }

  @Override
  public long countByOwner(String owner, boolean includePrivate, boolean archived) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT count(*) FROM projects p JOIN users u ON u.id = p.owner_id"
                        + " WHERE u.username = :owner AND p.archived = :archived"
                        + " AND (p.is_public OR :private)")
                .bind("owner", owner)
                .bind("archived", archived)
                .bind("private", includePrivate)
                .mapTo(Long.class)
                .one());
  }

  @Override
  public boolean ownerExists(String owner) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("SELECT EXISTS (SELECT 1 FROM users WHERE username = :owner)")
                .bind("owner", owner)
                .mapTo(Boolean.class)
                .one());
  }

  @Override
  public Project update(long id, ProjectChanges changes, Instant now) {
    try {
      jdbi.useHandle(
          handle ->
              handle
                  .createUpdate(
                      "UPDATE projects SET name = coalesce(:name, name),"
                          + " description = coalesce(:description, description),"
                          + " tags = coalesce(:tags, tags), is_public = coalesce(:public, is_public),"
                          + " updated_at = :now WHERE id = :id")
                  .bind("id", id)
                  .bind("name", changes.name())
                  .bind("description", changes.description())
                  .bind(
                      "tags", changes.tags() == null ? null : changes.tags().toArray(String[]::new))
                  .bind("public", changes.isPublic())
                  .bind("now", utc(now))
                  .execute());
    } catch (UnableToExecuteStatementException e) {
      if (isUniqueViolation(e)) {
        throw new ConflictException("A project named '" + changes.name() + "' already exists");
      }
      throw e;
    }
    return findById(id).orElseThrow();
  }

  @Override
  public void setArchived(long id, boolean archived, Instant now) {
    set(id, "archived", archived, now);
  }

  @Override
  public void setHasCode(long id, boolean hasCode, Instant now) {
    set(id, "has_code", hasCode, now);
  }

  @Override
  public void delete(long id) {
    jdbi.useHandle(
        handle ->
            handle.createUpdate("DELETE FROM projects WHERE id = :id").bind("id", id).execute());
  }

  private void set(long id, String column, boolean value, Instant now) {
    // column is one of our constants, never user input
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate(
                    "UPDATE projects SET " + column + " = :value, updated_at = :now WHERE id = :id")
                .bind("id", id)
                .bind("value", value)
                .bind("now", utc(now))
                .execute());
  }

  private static Project project(ResultSet rs, StatementContext ctx) throws SQLException {
    Array tags = rs.getArray("tags");
    return new Project(
        rs.getLong("id"),
        rs.getString("uuid"),
        rs.getString("owner"),
        rs.getString("name"),
        rs.getString("description"),
        tags == null ? List.of() : Arrays.asList((String[]) tags.getArray()),
        rs.getBoolean("is_public"),
        rs.getBoolean("has_code"),
        rs.getBoolean("archived"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
        new RunCounts(
            rs.getLong("experiments"),
            rs.getLong("experiments"),
            rs.getLong("groups"),
            rs.getLong("jobs"),
            rs.getLong("builds")));
  }
}

package org.polyaxon.store.postgres;

import static org.polyaxon.store.postgres.PostgresUserStore.utc;
import static org.polyaxon.store.postgres.RunJsonColumns.fromJson;
import static org.polyaxon.store.postgres.RunJsonColumns.toJson;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.polyaxon.core.Page;
import org.polyaxon.core.run.CloningStrategy;
import org.polyaxon.core.run.ReportedCode;
import org.polyaxon.core.run.Run;
import org.polyaxon.core.run.RunKind;
import org.polyaxon.core.run.RunStore;
import org.polyaxon.core.run.StatusChange;
import org.polyaxon.core.run.StatusUpdate;
import org.polyaxon.core.run.query.RunQuery;
import org.polyaxon.core.status.Status;
import org.polyaxon.core.status.StatusMachine;

/** {@link RunStore} on PostgreSQL; the task queue is the {@code tasks} table. */
public final class PostgresRunStore implements RunStore {
  /** Channel schedulers LISTEN on; a NOTIFY is sent with every task, after commit. */
  public static final String TASKS_CHANNEL = "polyaxon_tasks";

  static final String SELECT =
      "SELECT r.id, r.uuid, r.project_id, r.kind, r.number, r.user_id, u.username, r.group_id,"
          + " r.name, r.description, r.tags, r.content::text AS content,"
          + " r.declarations::text AS declarations, r.status, r.status_message,"
          + " r.last_metric::text AS last_metric, r.created_at,"
          + " r.updated_at, r.started_at, r.finished_at, r.original_id, o.number AS original_number,"
          + " r.cloning_strategy, r.code_reference_id, r.heartbeat_at,"
          + " r.attributes::text AS attributes, r.reported_code::text AS reported_code, r.archived"
          + " FROM runs r JOIN users u ON u.id = r.user_id LEFT JOIN runs o ON o.id = r.original_id";

  private final Jdbi jdbi;
  private final PostgresRunListing listing;

  public PostgresRunStore(Jdbi jdbi) {
    this.jdbi = jdbi;
    this.listing = new PostgresRunListing(jdbi);
  }

  @Override
  public Run create(NewRun run, Status initial, String taskKind, Instant now) {
    return jdbi.inTransaction(
        handle -> {
          long number =
              handle
                  .createQuery(
                      "INSERT INTO run_counters (project_id, kind, last) VALUES (:project, :kind, 1)"
                          + " ON CONFLICT (project_id, kind)"
                          + " DO UPDATE SET last = run_counters.last + 1 RETURNING last")
                  .bind("project", run.projectId())
                  .bind("kind", run.kind().wireName())
                  .mapTo(Long.class)
                  .one();
          long id =
              handle
                  .createQuery(
                      "INSERT INTO runs (uuid, project_id, kind, number, user_id, group_id, name,"
                          + " description, tags, content, declarations, status, created_at,"
                          + " updated_at, original_id, cloning_strategy, code_reference_id,"
                          + " attributes)"
                          + " VALUES (:uuid, :project, :kind, :number, :user, :group,"
                          + " :name, :description, :tags, CAST(:content AS jsonb),"
                          + " CAST(:declarations AS jsonb), :status, :now, :now, :original,"
                          + " :strategy, :code, CAST(:attributes AS jsonb)) RETURNING id")
                  .bind("uuid", run.uuid())
                  .bind("project", run.projectId())
                  .bind("kind", run.kind().wireName())
                  .bind("number", number)
                  .bind("user", run.userId())
                  .bind("group", run.groupId())
                  .bind("name", run.name())
                  .bind("description", run.description() == null ? "" : run.description())
                  .bind("tags", run.tags().toArray(String[]::new))
                  .bind("content", run.content())
                  .bind("declarations", toJson(run.declarations()))
                  .bind("status", initial.wireName())
                  .bind("now", utc(now))
                  .bind("original", run.originalId())
                  .bind(
                      "strategy",
                      run.cloningStrategy() == null ? null : run.cloningStrategy().wireName())
                  .bind("code", run.codeReferenceId())
                  .bind("attributes", RunJsonColumns.attributes(run.attributes()))
                  .mapTo(Long.class)
                  .one();
          RunStatusRows.record(
              handle, id, new StatusUpdate(initial, run.creationReason(), null), now);
          enqueue(handle, taskKind, id, now);
          return byId(handle, id);
        });
  }

  @Override
  public Optional<Run> find(long projectId, RunKind kind, long number) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    SELECT
                        + " WHERE r.project_id = :project AND r.kind = :kind AND r.number = :number")
                .bind("project", projectId)
                .bind("kind", kind.wireName())
                .bind("number", number)
                .map(PostgresRunStore::run)
                .findOne());
  }

  @Override
  public List<Run> findByName(long projectId, RunKind kind, String name) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    SELECT
                        + " WHERE r.project_id = :project AND r.kind = :kind AND r.name = :name"
                        + " ORDER BY r.number DESC")
                .bind("project", projectId)
                .bind("kind", kind.wireName())
                .bind("name", name)
                .map(PostgresRunStore::run)
                .list());
  }

  @Override
  public Optional<Run> findByUuid(String uuid) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(SELECT + " WHERE r.uuid = :uuid")
                .bind("uuid", uuid)
                .map(PostgresRunStore::run)
                .findOne());
  }

  @Override
  public Optional<Run> findById(long id) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(SELECT + " WHERE r.id = :id")
                .bind("id", id)
                .map(PostgresRunStore::run)
                .findOne());
  }

  @Override
  public boolean transition(
      long runId, Status from, StatusUpdate update, String taskKind, Instant now) {
    return jdbi.inTransaction(
        handle -> {
          Optional<Map<String, Object>> row =
              handle
                  .createQuery("SELECT kind, status FROM runs WHERE id = :id FOR UPDATE")
                  .bind("id", runId)
                  .mapToMap()
                  .findOne();
          if (row.isEmpty() || !from.wireName().equals(row.get().get("status"))) {
            return false;
          }
          StatusMachine machine = RunKind.fromWireName((String) row.get().get("kind")).machine();
          Status to = update.status();
          handle
              .createUpdate(
                  "UPDATE runs SET status = :to, status_message = :message, updated_at = :now,"
                      + " started_at = CASE WHEN :starts AND started_at IS NULL THEN :now"
                      + " ELSE started_at END,"
                      + " finished_at = CASE WHEN :finishes THEN :now ELSE NULL END"
                      + " WHERE id = :id")
              .bind("to", to.wireName())
              .bind("message", update.message())
              .bind("now", utc(now))
              .bind("starts", machine.isRunning(to))
              .bind("finishes", machine.isDone(to))
              .bind("id", runId)
              .execute();
          RunStatusRows.record(handle, runId, update, now);
          enqueue(handle, taskKind, runId, now);
          return true;
        });
  }

  @Override
  public List<StatusChange> statuses(long runId) {
    return jdbi.withHandle(handle -> RunStatusRows.list(handle, runId));
  }

  @Override
  public Optional<StatusChange> status(long runId, String uuid) {
    return jdbi.withHandle(handle -> RunStatusRows.find(handle, runId, uuid));
  }

  @Override
  public List<Run> list(long projectId, RunKind kind, int limit, int offset) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    SELECT
                        + " WHERE r.project_id = :project AND r.kind = :kind"
                        + " ORDER BY r.created_at DESC, r.id DESC LIMIT :limit OFFSET :offset")
                .bind("project", projectId)
                .bind("kind", kind.wireName())
                .bind("limit", limit)
                .bind("offset", offset)
                .map(PostgresRunStore::run)
                .list());
  }

  @Override
  public Page<Run> list(long projectId, RunKind kind, RunQuery query, int limit, int offset) {
    return listing.list(projectId, kind, query, limit, offset);
  }

  @Override
  public long count(long projectId, RunKind kind) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT count(*) FROM runs WHERE project_id = :project AND kind = :kind")
                .bind("project", projectId)
                .bind("kind", kind.wireName())
                .mapTo(Long.class)
                .one());
  }

  @Override
  public List<Run> listUnfinished(Set<RunKind> kinds, String scope) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    SELECT
                        + " WHERE r.finished_at IS NULL AND r.kind = ANY(:kinds)"
                        + " AND (r.executor_scope IS NULL OR r.executor_scope = :scope)"
                        + " ORDER BY r.id")
                .bind("kinds", kinds.stream().map(RunKind::wireName).toArray(String[]::new))
                .bind("scope", scope)
                .map(PostgresRunStore::run)
                .list());
  }

  @Override
  public boolean claim(long runId, String scope) {
    return jdbi.withHandle(
            handle ->
                handle
                    .createUpdate(
                        "UPDATE runs SET executor_scope = :scope WHERE id = :id"
                            + " AND (executor_scope IS NULL OR executor_scope = :scope)")
                    .bind("id", runId)
                    .bind("scope", scope)
                    .execute())
        == 1;
  }

  @Override
  public Run update(long runId, String name, String description, List<String> tags, Instant now) {
    return jdbi.inTransaction(
        handle -> {
          handle
              .createUpdate(
                  "UPDATE runs SET name = coalesce(:name, name),"
                      + " description = coalesce(:description, description),"
                      + " tags = coalesce(:tags, tags), updated_at = :now WHERE id = :id")
              .bind("id", runId)
              .bind("name", name)
              .bind("description", description)
              .bind("tags", tags == null ? null : tags.toArray(String[]::new))
              .bind("now", utc(now))
              .execute();
          return byId(handle, runId);
        });
  }

  @Override
  public void delete(long runId) {
    jdbi.useHandle(
        handle ->
            handle.createUpdate("DELETE FROM runs WHERE id = :id").bind("id", runId).execute());
  }

  @Override
  public Run setArchived(long runId, boolean archived, Instant now) {
    return change(runId, "archived = :value", archived, now);
  }

  @Override
  public Run reportCode(long runId, ReportedCode code, Instant now) {
    return change(
        runId, "reported_code = CAST(:value AS jsonb)", RunJsonColumns.reportedCode(code), now);
  }

  /** Sets one column of the run ({@code assignment}, one of ours) and reads the run back. */
  private Run change(long runId, String assignment, Object value, Instant now) {
    return jdbi.inTransaction(
        handle -> {
          handle
              .createUpdate("UPDATE runs SET " + assignment + ", updated_at = :now WHERE id = :id")
              .bind("id", runId)
              .bind("value", value)
              .bind("now", utc(now))
              .execute();
          return byId(handle, runId);
        });
  }

  private static void enqueue(Handle handle, String taskKind, long runId, Instant now) {
    if (taskKind == null) {
      return;
    }
    handle
        .createUpdate(
            "INSERT INTO tasks (kind, run_id, not_before, created_at) VALUES (:kind, :run, :now, :now)")
        .bind("kind", taskKind)
        .bind("run", runId)
        .bind("now", utc(now))
        .execute();
    // Delivered at commit, so a woken scheduler always finds the task.
    handle.execute("NOTIFY " + TASKS_CHANNEL);
  }

  private static Run byId(Handle handle, long id) {
    return handle
        .createQuery(SELECT + " WHERE r.id = :id")
        .bind("id", id)
        .map(PostgresRunStore::run)
        .one();
  }

  static Run run(ResultSet rs, StatementContext ctx) throws SQLException {
    Array tags = rs.getArray("tags");
    long group = rs.getLong("group_id");
    // wasNull() speaks of the last column read, so it is asked right after group_id.
    Long groupId = rs.wasNull() ? null : group;
    String strategy = rs.getString("cloning_strategy");
    return new Run(
        rs.getLong("id"),
        rs.getString("uuid"),
        rs.getLong("project_id"),
        RunKind.fromWireName(rs.getString("kind")),
        rs.getLong("number"),
        rs.getLong("user_id"),
        rs.getString("username"),
        groupId,
        rs.getString("name"),
        rs.getString("description"),
        tags == null ? List.of() : Arrays.asList((String[]) tags.getArray()),
        rs.getString("content"),
        fromJson(rs.getString("declarations")),
        Status.fromWireName(rs.getString("status")),
        rs.getString("status_message"),
        fromJson(rs.getString("last_metric")),
        instant(rs, "created_at"),
        instant(rs, "updated_at"),
        instant(rs, "started_at"),
        instant(rs, "finished_at"),
        nullableLong(rs, "original_id"),
        nullableLong(rs, "original_number"),
        strategy == null ? null : CloningStrategy.fromWireName(strategy),
        nullableLong(rs, "code_reference_id"),
        instant(rs, "heartbeat_at"),
        RunJsonColumns.attributes(rs.getString("attributes")),
        RunJsonColumns.reportedCode(rs.getString("reported_code")),
        rs.getBoolean("archived"));
  }

  private static Long nullableLong(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}

package org.polyaxon.store.postgres;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.polyaxon.core.run.RunKind;
import org.polyaxon.core.scheduler.SchedulerTask;
import org.polyaxon.core.scheduler.TaskQueue;

/**
 * {@link TaskQueue} on the {@code tasks} table. A claim moves the tasks' {@code not_before} past
 * the lease in one statement that skips rows other schedulers have locked, so two claims never
 * return the same task; the database's clock decides what is due, whatever the servers' clocks.
 */
public final class PostgresTaskQueue implements TaskQueue {
  private final Jdbi jdbi;

  public PostgresTaskQueue(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public List<SchedulerTask> claim(Set<RunKind> kinds, String scope, int max, Duration lease) {
    if (kinds.isEmpty() || max <= 0) {
      return List.of();
    }
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "UPDATE tasks t SET not_before = now() + :lease * interval '1 millisecond',"
                        + " attempts = t.attempts + 1"
                        + " WHERE t.id IN ("
                        + "   SELECT q.id FROM tasks q JOIN runs r ON r.id = q.run_id"
                        + "   WHERE q.not_before <= now() AND r.kind = ANY(:kinds)"
                        + "   AND (r.executor_scope IS NULL OR r.executor_scope = :scope)"
                        + "   ORDER BY q.not_before, q.id LIMIT :max"
                        + "   FOR UPDATE OF q SKIP LOCKED)"
                        + " RETURNING t.id, t.kind, t.run_id, t.attempts")
                .bind("lease", lease.toMillis())
                .bindArray("kinds", String.class, kinds.stream().map(RunKind::wireName).toList())
                .bind("scope", scope)
                .bind("max", max)
                .map(
                    (rs, ctx) ->
                        new SchedulerTask(
                            rs.getLong("id"),
                            rs.getString("kind"),
                            rs.getLong("run_id"),
                            rs.getInt("attempts")))
                .list());
  }

  @Override
  public void complete(Collection<Long> taskIds) {
    if (taskIds.isEmpty()) {
      return;
    }
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate("DELETE FROM tasks WHERE id = ANY(:ids)")
                .bindArray("ids", Long.class, List.copyOf(taskIds))
                .execute());
  }
}

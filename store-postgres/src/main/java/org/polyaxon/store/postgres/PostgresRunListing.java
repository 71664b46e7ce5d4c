package org.polyaxon.store.postgres;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatements;
import org.polyaxon.core.Page;
import org.polyaxon.core.run.Run;
import org.polyaxon.core.run.RunKind;
import org.polyaxon.core.run.query.Condition;
import org.polyaxon.core.run.query.RunField;
import org.polyaxon.core.run.query.RunQuery;
import org.polyaxon.core.run.query.SortKey;

/**
 * One page of a project's runs of one kind for a {@link RunQuery}. A page is chosen as ids first,
 * then those runs are read whole, so a sort never carries the runs' large columns.
 *
 * <p>A sort whose first key is a metric reads the runs that have the metric straight from the index
 * of {@code run_last_metrics} (project, kind, name, value, run), and only when the page goes past
 * them the runs without it, which come last in both directions. The count is exact: an index-only
 * count of the project's runs without conditions, the conditions' count otherwise
 * (docs/performance.md, "Sorted run listings").
 */
final class PostgresRunListing {
  /** The runs a listing is about: one project and kind, archived or live ones. */
  private static final String SCOPE =
      "r.project_id = :project AND r.kind = :kind AND r.archived = :archived";

  private final Jdbi jdbi;

  PostgresRunListing(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  Page<Run> list(long projectId, RunKind kind, RunQuery query, int limit, int offset) {
    return jdbi.inTransaction(
        handle -> {
          List<Long> ids =
              query.sortsFirstByMetric()
                  ? idsByMetric(handle, projectId, kind, query, limit, offset)
                  : ids(handle, projectId, kind, query, query.sort(), limit, offset, null);
          return new Page<>(runs(handle, ids), count(handle, projectId, kind, query));
        });
  }

  private static List<Long> idsByMetric(
      Handle handle, long projectId, RunKind kind, RunQuery query, int limit, int offset) {
    SortKey first = query.sort().get(0);
    String name = ((RunField.Metric) first.field()).name();
    String direction = first.descending() ? " DESC" : " ASC";
    List<SortKey> rest = query.sort().subList(1, query.sort().size());
    RunQuerySql sql = new RunQuerySql();
    RunQuerySql.SortedMetric sorted = new RunQuerySql.SortedMetric("s0", name);
    String conditions = where(sql, query.conditions(), sorted);
    List<String> order = new ArrayList<>();
    // No NULLS LAST here: the value is never null, and the index's order is then the sort's.
    order.add("s0.value" + direction);
    order.addAll(sql.order(rest));
    order.add("s0.run_id" + direction);
    String from =
        " FROM run_last_metrics s0 JOIN runs r ON r.id = s0.run_id"
            + sql.joins()
            + " WHERE s0.project_id = :project AND s0.kind = :kind AND s0.name = "
            + sql.bind(name)
            + " AND "
            + SCOPE
            + " AND "
            + conditions;
    List<Long> ids =
        query(handle, "SELECT r.id" + from + orderAndPage(order), sql, projectId, kind, query)
            .bind("limit", limit)
            .bind("offset", offset)
            .mapTo(Long.class)
            .list();
    if (ids.size() == limit) {
      return ids;
    }
    // The page reaches past the runs with the metric: the rest of it are runs without it.
    long withMetric =
        ids.isEmpty()
            ? query(handle, "SELECT count(*)" + from, sql, projectId, kind, query)
                .mapTo(Long.class)
                .one()
            : offset + ids.size();
    List<Long> page = new ArrayList<>(ids);
    page.addAll(
        ids(
            handle,
            projectId,
            kind,
            query,
            rest,
            limit - ids.size(),
            (int) Math.max(0, offset - withMetric),
            new MissingMetric(name, first.descending())));
    return page;
  }

  /** Sorted by {@code keys}; with {@code missing}, only runs without that metric. */
  private static List<Long> ids(
      Handle handle,
      long projectId,
      RunKind kind,
      RunQuery query,
      List<SortKey> keys,
      int limit,
      int offset,
      MissingMetric missing) {
    RunQuerySql sql = new RunQuerySql();
    String conditions = where(sql, query.conditions(), null);
    if (missing != null) {
      conditions +=
          " AND NOT EXISTS (SELECT 1 FROM run_last_metrics x WHERE x.run_id = r.id AND x.name = "
              + sql.bind(missing.name())
              + ")";
    }
    List<String> order = sql.order(keys);
    boolean descending = missing != null ? missing.descending() : keys.get(0).descending();
    order.add("r.id" + (descending ? " DESC" : " ASC"));
    String select =
        "SELECT r.id FROM runs r"
            + sql.joins()
            + " WHERE "
            + SCOPE
            + " AND "
            + conditions
            + orderAndPage(order);
    return query(handle, select, sql, projectId, kind, query)
        .bind("limit", limit)
        .bind("offset", offset)
        .mapTo(Long.class)
        .list();
  }

  private static long count(Handle handle, long projectId, RunKind kind, RunQuery query) {
    if (query.conditions().isEmpty()) {
      // Kept by V7's and V14's triggers with every insert, delete and archiving of runs.
      return handle
          .createQuery(
              "SELECT coalesce((SELECT CASE WHEN :archived THEN archived ELSE total - archived END"
                  + " FROM run_counters WHERE project_id = :project AND kind = :kind), 0)")
          .bind("project", projectId)
          .bind("kind", kind.wireName())
          .bind("archived", query.archived())
          .mapTo(Long.class)
          .one();
    }
    RunQuerySql sql = new RunQuerySql();
    String conditions = where(sql, query.conditions(), null);
    return query(
            handle,
            "SELECT count(*) FROM runs r" + sql.joins() + " WHERE " + SCOPE + " AND " + conditions,
            sql,
            projectId,
            kind,
            query)
        .mapTo(Long.class)
        .one();
  }

  private static List<Run> runs(Handle handle, List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, Run> byId = new HashMap<>();
    handle
        .createQuery(PostgresRunStore.SELECT + " WHERE r.id = ANY(:ids)")
        .bind("ids", ids.stream().mapToLong(Long::longValue).toArray())
        .map(PostgresRunStore::run)
        .forEach(run -> byId.put(run.id(), run));
    // A run deleted between the two reads is left out of the page.
    return ids.stream().map(byId::get).filter(run -> run != null).toList();
  }

  private static String where(
      RunQuerySql sql, List<Condition> conditions, RunQuerySql.SortedMetric sorted) {
    List<String> parts = new ArrayList<>();
    for (Condition condition : conditions) {
      parts.add(sql.condition(condition, sorted));
    }
    return parts.isEmpty() ? "TRUE" : String.join(" AND ", parts);
  }

  private static String orderAndPage(List<String> order) {
    return " ORDER BY " + String.join(", ", order) + " LIMIT :limit OFFSET :offset";
  }

  private static Query query(
      Handle handle,
      String sql,
      RunQuerySql parts,
      long projectId,
      RunKind kind,
      RunQuery runQuery) {
    Query query =
        handle
            .createQuery(sql)
            // The count shares the page's fragments but not its LIMIT and OFFSET.
            .configure(SqlStatements.class, statements -> statements.setUnusedBindingAllowed(true));
    parts.params().forEach(query::bind);
    return query
        .bind("project", projectId)
        .bind("kind", kind.wireName())
        .bind("archived", runQuery.archived());
  }

  /** The runs without the metric a sort began with, and that sort's direction. */
  private record MissingMetric(String name, boolean descending) {}
}

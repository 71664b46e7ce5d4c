package org.polyaxon.core.run.query;

import java.util.ArrayList;
import java.util.List;

/**
 * What a run listing asks for: conditions that must all hold, and the order. Stores add the run's
 * id as the last key, in the direction of the first, so that equal runs keep a stable order.
 *
 * @param conditions all must hold (AND)
 * @param sort keys in order of precedence; never empty
 * @param archived list archived runs only; otherwise only live ones (as projects are listed)
 */
public record RunQuery(List<Condition> conditions, List<SortKey> sort, boolean archived) {
  /** Newest first, the order of a listing that names none. */
  public static final List<SortKey> DEFAULT_SORT =
      List.of(new SortKey(new RunField.Column(RunColumn.CREATED_AT), true));

  /** Every run, newest first. */
  public static final RunQuery ALL = new RunQuery(List.of(), DEFAULT_SORT);

  public RunQuery {
    conditions = List.copyOf(conditions);
    sort = sort.isEmpty() ? DEFAULT_SORT : List.copyOf(sort);
  }

  /** Live runs only. */
  public RunQuery(List<Condition> conditions, List<SortKey> sort) {
    this(conditions, sort, false);
  }

  /** This query with one more condition. */
  public RunQuery and(Condition condition) {
    List<Condition> more = new ArrayList<>(conditions);
    more.add(condition);
    return new RunQuery(more, sort, archived);
  }

  /** This query over archived runs instead of live ones. */
  public RunQuery archivedOnly() {
    return new RunQuery(conditions, sort, true);
  }

  /** Whether the first key sorts by a metric. */
  public boolean sortsFirstByMetric() {
    return sort.get(0).field() instanceof RunField.Metric;
  }
}

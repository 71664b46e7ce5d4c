package org.polyaxon.spec.search.stopping;

import java.util.List;
import java.util.OptionalLong;
import org.polyaxon.spec.search.EarlyStoppingRule;
import org.polyaxon.spec.search.SearchAlgorithm;
import org.polyaxon.spec.search.SearchHistory;
import org.polyaxon.spec.search.Suggestion;

/**
 * Wraps an algorithm with the group's early-stopping rules: once a rule fires the search suggests
 * nothing more and is done as soon as its running trials are. Stopping the pending trials (with the
 * message {@link EarlyStopping.Triggered#MESSAGE}) is the scheduler's job; it learns which rule
 * fired from {@link EarlyStopping#check}.
 */
public final class EarlyStoppedSearch implements SearchAlgorithm {
  private final SearchAlgorithm delegate;
  private final List<EarlyStoppingRule> rules;

  public EarlyStoppedSearch(SearchAlgorithm delegate, List<EarlyStoppingRule> rules) {
    this.delegate = delegate;
    this.rules = List.copyOf(rules);
  }

  @Override
  public List<Suggestion> suggest(SearchHistory history, int maxCount) {
    return stopped(history) ? List.of() : delegate.suggest(history, maxCount);
  }

  @Override
  public boolean isDone(SearchHistory history) {
    return stopped(history) ? history.allFinished() : delegate.isDone(history);
  }

  @Override
  public OptionalLong plannedTrials() {
    return delegate.plannedTrials();
  }

  private boolean stopped(SearchHistory history) {
    return EarlyStopping.check(rules, history).isPresent();
  }
}

package org.polyaxon.spec.search;

import java.util.List;
import java.util.OptionalLong;

/**
 * A hyperparameter-search algorithm, driven the same way whatever it is.
 *
 * <p>An algorithm keeps no state between calls: every answer is a pure function of its
 * configuration, its seed and the {@link SearchHistory} passed in. The scheduler therefore persists
 * the trials it creates and can restart, retry or run on another replica without the search
 * drifting: calling {@link #suggest} twice with the same history returns the same suggestions.
 *
 * <p>The scheduler's loop is: build the history of the group's trials (in the order they were
 * suggested), ask {@link #suggest} for at most {@code concurrency - running} suggestions, create
 * one trial per suggestion, and repeat whenever a trial changes state, until {@link #isDone}.
 */
public interface SearchAlgorithm {

  /**
   * The next trials to create, at most {@code maxCount} of them. An empty list means "nothing now":
   * either the algorithm waits for running trials (hyperband between rungs, Bayesian optimisation
   * between iterations) or it is done.
   */
  List<Suggestion> suggest(SearchHistory history, int maxCount);

  /** True when the algorithm will suggest nothing more and every suggested trial is finished. */
  boolean isDone(SearchHistory history);

  /** How many trials the algorithm plans in total, when known in advance (an upper bound). */
  OptionalLong plannedTrials();
}

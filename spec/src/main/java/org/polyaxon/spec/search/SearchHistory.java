package org.polyaxon.spec.search;

import java.util.List;

/**
 * The trials of a group that an algorithm suggested so far, in the order it suggested them. This is
 * the algorithm's whole memory: the scheduler rebuilds it from its store on every call.
 */
public record SearchHistory(List<Trial> trials) {

  public SearchHistory {
    trials = List.copyOf(trials);
  }

  /** A history without trials: the start of a search. */
  public static SearchHistory empty() {
    return new SearchHistory(List.of());
  }

  public int size() {
    return trials.size();
  }

  /** True when every trial is finished (also true for an empty history). */
  public boolean allFinished() {
    return trials.stream().allMatch(t -> t.status().isFinished());
  }
}

package org.polyaxon.spec.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds histories for tests: trial ids are 1, 2, ... in suggestion order. */
public final class Trials {
  private Trials() {}

  public static SearchHistory finished(List<Suggestion> suggestions) {
    return withStatus(suggestions, TrialStatus.SUCCEEDED);
  }

  public static SearchHistory withStatus(List<Suggestion> suggestions, TrialStatus status) {
    List<Trial> trials = new ArrayList<>();
    for (Suggestion s : suggestions) {
      trials.add(new Trial(trials.size() + 1, s, status, Map.of()));
    }
    return new SearchHistory(trials);
  }
}

package org.polyaxon.spec.search.stopping;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.polyaxon.spec.search.EarlyStoppingRule;
import org.polyaxon.spec.search.SearchHistory;
import org.polyaxon.spec.search.Trial;
import org.polyaxon.spec.search.TrialStatus;

/**
 * Evaluates a group's {@code early_stopping} rules: the group stops as soon as any running or
 * finished trial's last value of a rule's metric reaches the rule's value. Rules are alternatives
 * (any one suffices); the first rule, in file order, that fires is reported, with the first trial
 * (in suggestion order) that made it fire.
 */
public final class EarlyStopping {
  private EarlyStopping() {}

  /** A rule that fired and the trial whose metric reached it. */
  public record Triggered(EarlyStoppingRule rule, Trial trial, double metric) {
    /** The status message Polyaxon gives the trials it stops. */
    public static final String MESSAGE = "Early stopping";
  }

  /** The first rule that fires on {@code history}, if any. */
  public static Optional<Triggered> check(List<EarlyStoppingRule> rules, SearchHistory history) {
    for (EarlyStoppingRule rule : rules) {
      for (Trial trial : history.trials()) {
        if (trial.status() == TrialStatus.PENDING) {
          continue;
        }
        OptionalDouble metric = trial.metric(rule.metric());
        if (metric.isPresent() && rule.optimization().reaches(metric.getAsDouble(), rule.value())) {
          return Optional.of(new Triggered(rule, trial, metric.getAsDouble()));
        }
      }
    }
    return Optional.empty();
  }
}

package org.polyaxon.spec.search;

/** The state of a trial as far as the search algorithms care. */
public enum TrialStatus {
  /** Created from a suggestion, not running yet. */
  PENDING,
  RUNNING,
  SUCCEEDED,
  FAILED,
  STOPPED;

  /** True once the trial will not change any more. */
  public boolean isFinished() {
    return this == SUCCEEDED || this == FAILED || this == STOPPED;
  }
}

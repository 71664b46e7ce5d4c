package org.polyaxon.spec.search;

/**
 * {@code early_stopping[].policy}. Polyaxon 0.4 stops the group's pending trials for both; the
 * policy is passed through so the scheduler can also stop running ones for {@code group}.
 */
public enum EarlyStoppingPolicy {
  EXPERIMENT,
  GROUP
}

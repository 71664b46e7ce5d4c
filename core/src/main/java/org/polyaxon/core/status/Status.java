package org.polyaxon.core.status;

import java.util.Locale;

/**
 * Every status a run can have, with the names the REST API and Polyaxon 0.4 clients use. Which of
 * them a kind of run goes through, and in which order, is its {@link StatusMachine}'s business.
 */
public enum Status {
  CREATED,
  RESUMING,
  WARNING,
  UNSCHEDULABLE,
  BUILDING,
  SCHEDULED,
  STARTING,
  RUNNING,
  SUCCEEDED,
  FAILED,
  UPSTREAM_FAILED,
  STOPPING,
  STOPPED,
  FINISHED,
  SKIPPED,
  RETRYING,
  DONE,
  UNKNOWN;

  /** The wire name, for example {@code upstream_failed}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a wire name; throws {@link IllegalArgumentException} naming the accepted values. */
  public static Status fromWireName(String name) {
    for (Status status : values()) {
      if (status.wireName().equals(name)) {
        return status;
      }
    }
    throw new IllegalArgumentException("'" + name + "' is not a status");
  }
}

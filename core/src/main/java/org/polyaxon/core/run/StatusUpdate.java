package org.polyaxon.core.run;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.polyaxon.core.status.Status;

/**
 * A status change asked for, as it will be recorded in the run's history.
 *
 * @param status the status to reach
 * @param reason the machine-readable cause
 * @param message why, for people; may be null
 * @param traceback details of a failure, may be null
 * @param details what a job reported with its status (0.4's {@code details} object), may be null
 */
public record StatusUpdate(
    Status status,
    StatusReason reason,
    String message,
    String traceback,
    Map<String, Object> details) {

  public StatusUpdate {
    if (status == null || reason == null) {
      throw new IllegalArgumentException("A status update has a status and a reason");
    }
    // JSON may hold nulls, which Map.copyOf refuses.
    details = details == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(details));
  }

  /** A change made by the platform itself: no traceback, no details. */
  public StatusUpdate(Status status, StatusReason reason, String message) {
    this(status, reason, message, null, null);
  }
}

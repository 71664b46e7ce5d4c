package org.polyaxon.core.activity;

import java.time.Clock;
import org.polyaxon.core.activity.ActivityStore.NewActivity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records changes for the activity feeds after they are made. The change itself is done and
 * answered by then: failing to record it is logged, never turned into the change's error.
 */
public final class ActivityLog {
  private static final Logger LOG = LoggerFactory.getLogger(ActivityLog.class);

  private final ActivityStore store;
  private final Clock clock;

  public ActivityLog(ActivityStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  public void record(NewActivity activity) {
    try {
      store.record(activity, clock.instant());
    } catch (RuntimeException e) {
      LOG.warn("Could not record the activity {} {}", activity.method(), activity.path(), e);
    }
  }
}

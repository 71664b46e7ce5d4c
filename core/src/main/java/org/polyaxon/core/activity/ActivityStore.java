package org.polyaxon.core.activity;

import java.time.Instant;
import org.polyaxon.core.Page;

/** Port: the activity log, newest first. */
public interface ActivityStore {

  /**
   * What recording one change needs.
   *
   * @param actorId the user who made it
   * @param method the HTTP method
   * @param route the route's template
   * @param path the requested path
   * @param project the project's unique name, or null
   * @param status the answer's status
   */
  record NewActivity(
      long actorId, String method, String route, String path, String project, int status) {}

  void record(NewActivity activity, Instant now);

  /** Every change, newest first. */
  Page<Activity> list(int limit, int offset);

  /** The changes of one project (by unique name), newest first. */
  Page<Activity> listOfProject(String project, int limit, int offset);
}

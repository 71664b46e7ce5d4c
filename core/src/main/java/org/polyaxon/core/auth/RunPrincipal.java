package org.polyaxon.core.auth;

import org.polyaxon.core.error.ForbiddenException;
import org.polyaxon.core.run.RunKind;

/**
 * What a run token authenticates: one run's process, acting for the user who created the run, on
 * that run and nothing else.
 *
 * @param creator the run's creator; the project's permissions are checked as this user
 * @param runId database id of the run
 * @param kind experiment or job
 * @param number the run's number in its project, as in URLs
 * @param projectOwner the project owner's username
 * @param projectName the project's name
 */
public record RunPrincipal(
    User creator, long runId, RunKind kind, long number, String projectOwner, String projectName) {

  /** The run in the words of a message, for example {@code experiment ada.mnist.3}. */
  public String describe() {
    return kind.wireName() + " " + projectOwner + "." + projectName + "." + number;
  }

  /**
   * Passes when a route names this principal's run; any other run, project or kind is forbidden,
   * whether or not it exists, so a token cannot probe what else there is.
   */
  public void requireRun(String owner, String project, RunKind routeKind, long routeNumber) {
    boolean same =
        projectOwner.equals(owner)
            && projectName.equals(project)
            && kind == routeKind
            && number == routeNumber;
    if (!same) {
      throw new ForbiddenException(
          "This run token belongs to "
              + describe()
              + " and may only be used for that run, not for "
              + routeKind.wireName()
              + " "
              + owner
              + "."
              + project
              + "."
              + routeNumber);
    }
  }
}

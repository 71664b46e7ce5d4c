package org.polyaxon.core.scheduler;

import java.util.Optional;
import org.polyaxon.core.executor.Execution;
import org.polyaxon.core.status.Status;

/** Translates what an executor observes into the status a run should have, in one place. */
final class ExecutionStatus {
  private ExecutionStatus() {}

  /** The status the execution implies, with its message; empty while nothing changes. */
  static Optional<Target> of(Execution execution) {
    return switch (execution.phase()) {
      case PENDING -> Optional.of(new Target(Status.SCHEDULED, execution.message()));
      case RUNNING -> Optional.of(new Target(Status.RUNNING, execution.message()));
      case SUCCEEDED -> Optional.of(new Target(Status.SUCCEEDED, execution.message()));
      case FAILED ->
          Optional.of(
              new Target(
                  Status.FAILED,
                  execution.message() == null || execution.message().isEmpty()
                      ? execution.exitCode().isPresent()
                          ? "exit code " + execution.exitCode().getAsInt()
                          : "failed"
                      : execution.message()));
      case STOPPED -> Optional.of(new Target(Status.STOPPED, execution.message()));
      case UNKNOWN -> Optional.of(new Target(Status.UNKNOWN, execution.message()));
    };
  }

  /**
   * A status to move to and why.
   *
   * @param status where the run should be
   * @param message the status message, may be null
   */
  record Target(Status status, String message) {}
}

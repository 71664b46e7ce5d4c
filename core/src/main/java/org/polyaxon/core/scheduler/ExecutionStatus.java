package org.polyaxon.core.scheduler;

import java.util.Optional;
import org.polyaxon.core.executor.Execution;
import org.polyaxon.core.run.StatusReason;
import org.polyaxon.core.status.Status;

/** Translates what an executor observes into the status a run should have, in one place. */
final class ExecutionStatus {
  /** Exit codes from 128 on mean the process died of signal (code - 128), as shells report it. */
  private static final int FIRST_SIGNAL_EXIT_CODE = 128;

  private ExecutionStatus() {}

  /** The status the execution implies, with its reason and message; empty while nothing changes. */
  static Optional<Target> of(Execution execution) {
    return switch (execution.phase()) {
      case PENDING ->
          Optional.of(new Target(Status.SCHEDULED, StatusReason.SCHEDULED, execution.message()));
      case RUNNING ->
          Optional.of(
              new Target(Status.RUNNING, StatusReason.PROCESS_RUNNING, execution.message()));
      case SUCCEEDED ->
          Optional.of(
              new Target(Status.SUCCEEDED, StatusReason.PROCESS_EXITED, execution.message()));
      case FAILED -> Optional.of(failed(execution));
      case STOPPED ->
          Optional.of(
              new Target(Status.STOPPED, StatusReason.PROCESS_STOPPED, execution.message()));
      case UNKNOWN ->
          Optional.of(new Target(Status.UNKNOWN, StatusReason.PROCESS_LOST, execution.message()));
    };
  }

  private static Target failed(Execution execution) {
    String message =
        execution.message() == null || execution.message().isEmpty()
            ? execution.exitCode().isPresent()
                ? "exit code " + execution.exitCode().getAsInt()
                : "failed"
            : execution.message();
    // Without an exit code the process never ran: the executor could not spawn it.
    StatusReason reason =
        execution.exitCode().isEmpty()
            ? StatusReason.CANNOT_START
            : execution.exitCode().getAsInt() >= FIRST_SIGNAL_EXIT_CODE
                ? StatusReason.PROCESS_KILLED
                : StatusReason.PROCESS_EXITED;
    return new Target(Status.FAILED, reason, message);
  }

  /**
   * A status to move to and why.
   *
   * @param status where the run should be
   * @param reason the machine-readable cause
   * @param message the status message, may be null
   */
  record Target(Status status, StatusReason reason, String message) {}
}

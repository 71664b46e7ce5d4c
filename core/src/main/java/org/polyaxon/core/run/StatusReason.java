package org.polyaxon.core.run;

/**
 * Why a run's status changed: a short machine-readable cause kept with each entry of its status
 * history, next to the human-readable message. The vocabulary is small on purpose; its table is in
 * docs/architecture.md ("Status reasons").
 */
public enum StatusReason {
  /** Made from a Polyaxonfile. */
  CREATED("Created"),
  /** Made by restarting another run. */
  RESTARTED("Restarted"),
  /** Made by resuming another run. */
  RESUMED("Resumed"),
  /** Made by copying another run. */
  COPIED("Copied"),
  /** Handed to the executor by the scheduler. */
  SCHEDULED("Scheduled"),
  /** The executor sees the run's process running. */
  PROCESS_RUNNING("ProcessRunning"),
  /** The process ended on its own with an exit code below 128. */
  PROCESS_EXITED("ProcessExited"),
  /** The process was ended by a signal (exit code 128 + N, for example 137 after SIGKILL). */
  PROCESS_KILLED("ProcessKilled"),
  /** The executor stopped the process. */
  PROCESS_STOPPED("ProcessStopped"),
  /** The executor cannot tell what became of the process. */
  PROCESS_LOST("ProcessLost"),
  /** The run could not be started: its launch could not be planned or its process spawned. */
  CANNOT_START("CannotStart"),
  /** The run stopped sending heartbeats and the executor has no process for it. */
  HEARTBEAT_LOST("HeartbeatLost"),
  /** A user stopped it (the API, the command line, the admin view). */
  STOPPED_BY_USER("StoppedByUser"),
  /** The run posted the status itself ({@code POST …/statuses}). */
  REPORTED_BY_RUN("ReportedByRun");

  private final String wireName;

  StatusReason(String wireName) {
    this.wireName = wireName;
  }

  /** The name stored and sent on the wire, for example {@code ProcessExited}. */
  public String wireName() {
    return wireName;
  }

  public static StatusReason fromWireName(String name) {
    for (StatusReason reason : values()) {
      if (reason.wireName.equals(name)) {
        return reason;
      }
    }
    throw new IllegalArgumentException("'" + name + "' is not a status reason");
  }

  /** Why a new run starts as created: a new file, or the way it was cloned. */
  public static StatusReason ofCreation(CloningStrategy strategy) {
    if (strategy == null) {
      return CREATED;
    }
    return switch (strategy) {
      case RESTART -> RESTARTED;
      case RESUME -> RESUMED;
      case COPY -> COPIED;
    };
  }
}

package org.polyaxon.core.executor;

/** The executor's view of a run; the scheduler maps it onto the run's status machine. */
public enum ExecutionPhase {
  /** Accepted but not running yet (image pull, scheduling). */
  PENDING,
  RUNNING,
  /** Exited with code 0. */
  SUCCEEDED,
  /** Exited with another code, or could not start. */
  FAILED,
  /** Ended because {@link Executor#stop} asked it to. */
  STOPPED,
  /** The executor cannot tell (a process whose record is damaged, a node that vanished). */
  UNKNOWN
}

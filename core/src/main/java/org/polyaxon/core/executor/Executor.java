package org.polyaxon.core.executor;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Port: where runs execute (local processes, Kubernetes pods). The scheduler reconciles against it
 * level-triggered: it asks what exists, starts what should run and stops what should not.
 *
 * <p>Every operation is idempotent and keyed by the run's UUID: starting a run that already has an
 * execution does nothing, so a retried or repeated reconcile never runs a trial twice.
 */
public interface Executor {

  /**
   * Which schedulers may look after the runs this executor starts: those whose executor has the
   * same scope. Local processes are visible from one machine and state root only; the pods of a
   * Kubernetes namespace are visible to every scheduler of the namespace.
   */
  String scope();

  /** Starts the run unless an execution with its UUID already exists (running or finished). */
  void start(Launch launch);

  /** What the executor observes of the run now; empty if it never started here. */
  Optional<Execution> inspect(String runUuid);

  /** Every execution the executor knows, running or finished (to re-attach after a restart). */
  List<Execution> list();

  /**
   * Asks the run to stop (SIGTERM or pod deletion), then forces it after {@code grace}. Returns at
   * once; {@link #inspect} shows the run as stopped once it is. Stopping a finished or unknown run
   * does nothing.
   */
  void stop(String runUuid, Duration grace);

  /** Forgets a finished run's execution (its logs stay in the logs store). */
  void remove(String runUuid);
}

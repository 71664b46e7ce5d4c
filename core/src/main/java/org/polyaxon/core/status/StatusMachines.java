package org.polyaxon.core.status;

import static org.polyaxon.core.status.Status.BUILDING;
import static org.polyaxon.core.status.Status.CREATED;
import static org.polyaxon.core.status.Status.DONE;
import static org.polyaxon.core.status.Status.FAILED;
import static org.polyaxon.core.status.Status.RESUMING;
import static org.polyaxon.core.status.Status.RUNNING;
import static org.polyaxon.core.status.Status.SCHEDULED;
import static org.polyaxon.core.status.Status.STARTING;
import static org.polyaxon.core.status.Status.STOPPED;
import static org.polyaxon.core.status.Status.STOPPING;
import static org.polyaxon.core.status.Status.SUCCEEDED;
import static org.polyaxon.core.status.Status.UNKNOWN;
import static org.polyaxon.core.status.Status.UNSCHEDULABLE;
import static org.polyaxon.core.status.Status.WARNING;

/** The status machines of Polyaxon 0.4, one per family of runs. */
public final class StatusMachines {
  private StatusMachines() {}

  /** Experiments (standalone or in a group). */
  public static final StatusMachine EXPERIMENT =
      StatusMachine.builder(
              "experiment",
              CREATED,
              RESUMING,
              WARNING,
              BUILDING,
              SCHEDULED,
              STARTING,
              RUNNING,
              SUCCEEDED,
              FAILED,
              STOPPED,
              UNKNOWN)
          .initial(CREATED)
          .to(RESUMING, CREATED, WARNING, SUCCEEDED, STOPPED)
          .to(BUILDING, CREATED, RESUMING, WARNING, UNKNOWN)
          .to(SCHEDULED, CREATED, RESUMING, BUILDING, WARNING, UNKNOWN)
          .to(STARTING, CREATED, RESUMING, BUILDING, SCHEDULED, WARNING)
          .to(RUNNING, CREATED, RESUMING, BUILDING, SCHEDULED, STARTING, WARNING, UNKNOWN)
          .to(
              SUCCEEDED, CREATED, RESUMING, BUILDING, SCHEDULED, STARTING, RUNNING, WARNING,
              UNKNOWN)
          .to(FAILED, CREATED, RESUMING, BUILDING, SCHEDULED, STARTING, RUNNING, WARNING, UNKNOWN)
          .toFromAnyExcept(STOPPED, STOPPED)
          .toFromAnyExcept(WARNING, SUCCEEDED, FAILED, STOPPED, WARNING)
          .toFromAnyExcept(UNKNOWN, UNKNOWN)
          .pending(CREATED, RESUMING)
          .running(SCHEDULED, BUILDING, STARTING, RUNNING)
          .done(FAILED, STOPPED, SUCCEEDED)
          .build();

  /** Jobs, builds, notebooks, tensorboards and the jobs of an experiment. */
  public static final StatusMachine JOB =
      StatusMachine.builder(
              "job",
              CREATED,
              BUILDING,
              UNSCHEDULABLE,
              SCHEDULED,
              RUNNING,
              SUCCEEDED,
              FAILED,
              STOPPED,
              UNKNOWN)
          .initial(CREATED, BUILDING)
          .to(BUILDING, CREATED, SCHEDULED, UNSCHEDULABLE)
          .to(SCHEDULED, CREATED, BUILDING, UNSCHEDULABLE)
          .to(RUNNING, CREATED, SCHEDULED, BUILDING, UNSCHEDULABLE, UNKNOWN)
          .to(SUCCEEDED, CREATED, BUILDING, UNSCHEDULABLE, SCHEDULED, RUNNING, UNKNOWN)
          .to(FAILED, CREATED, BUILDING, UNSCHEDULABLE, SCHEDULED, RUNNING, UNKNOWN)
          .toFromAnyExcept(STOPPED, STOPPED)
          .toFromAnyExcept(UNKNOWN, UNKNOWN)
          .toFromAnyExcept(UNSCHEDULABLE, SUCCEEDED, FAILED, STOPPED)
          .pending(CREATED, BUILDING)
          .running(BUILDING, SCHEDULED, RUNNING)
          .done(FAILED, STOPPED, SUCCEEDED)
          .build();

  /** Hyperparameter-search groups. */
  public static final StatusMachine GROUP =
      StatusMachine.builder("group", CREATED, RUNNING, DONE, FAILED, STOPPING, STOPPED)
          .initial(CREATED)
          .to(RUNNING, CREATED, STOPPED)
          .to(DONE, RUNNING)
          .to(FAILED, CREATED, RUNNING)
          .toFromAnyExcept(STOPPING, STOPPING, STOPPED)
          .toFromAnyExcept(STOPPED, STOPPED)
          .pending(CREATED)
          .running(RUNNING, STOPPING)
          .done(DONE, FAILED, STOPPED)
          .build();
}

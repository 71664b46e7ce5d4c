package org.polyaxon.core.run;

import java.util.Locale;
import org.polyaxon.core.status.StatusMachine;
import org.polyaxon.core.status.StatusMachines;

/** The kinds of run, each with its status machine and its URL segment. */
public enum RunKind {
  EXPERIMENT(StatusMachines.EXPERIMENT, "experiments"),
  GROUP(StatusMachines.GROUP, "groups"),
  JOB(StatusMachines.JOB, "jobs"),
  BUILD(StatusMachines.JOB, "builds"),
  NOTEBOOK(StatusMachines.JOB, "notebooks"),
  TENSORBOARD(StatusMachines.JOB, "tensorboards");

  private final StatusMachine machine;
  private final String plural;

  RunKind(StatusMachine machine, String plural) {
    this.machine = machine;
    this.plural = plural;
  }

  public StatusMachine machine() {
    return machine;
  }

  /** The path segment of this kind's routes, for example {@code experiments}. */
  public String plural() {
    return plural;
  }

  /** The name stored and sent on the wire, for example {@code experiment}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static RunKind fromWireName(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }
}

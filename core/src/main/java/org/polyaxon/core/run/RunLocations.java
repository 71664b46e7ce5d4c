package org.polyaxon.core.run;

import java.util.HashSet;
import java.util.Set;
import org.polyaxon.core.artifact.RunPath;
import org.polyaxon.core.error.NotFoundException;

/**
 * Where a run's artifacts live (reference 2.2). Logs always follow the run's own name; outputs do
 * too, except for a resumed run, which writes into its original's outputs, and so on up a chain of
 * resumes. When that original was deleted the run falls back to its own directory.
 */
public final class RunLocations {
  private final RunStore store;

  public RunLocations(RunStore store) {
    this.store = store;
  }

  /** The run's own path: its logs, and the outputs of every run that is not a resume. */
  public RunPath own(String owner, String project, Run run) {
    Long groupNumber = null;
    if (run.groupId() != null) {
      groupNumber =
          store
              .findById(run.groupId())
              .map(Run::number)
              .orElseThrow(() -> new NotFoundException("The group of this run is gone"));
    }
    return RunPath.of(owner, project, run.kind(), run.number(), groupNumber);
  }

  /** Where the run writes its outputs. */
  public RunPath outputs(String owner, String project, Run run) {
    return own(owner, project, outputsOwner(run));
  }

  /** The run whose directory holds {@code run}'s outputs: the first of its chain not resumed. */
  private Run outputsOwner(Run run) {
    Run current = run;
    Set<Long> seen = new HashSet<>();
    while (current.cloningStrategy() == CloningStrategy.RESUME
        && current.originalId() != null
        && seen.add(current.id())) {
      Run resumed = current;
      current = store.findById(resumed.originalId()).orElse(resumed);
      if (current == resumed) {
        break;
      }
    }
    return current;
  }
}

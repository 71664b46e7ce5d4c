package org.polyaxon.core.artifact;

/** The two trees an {@link ArtifactStore} keeps for each run, laid out the same way. */
public enum RunArea {
  /** What the run's code writes to {@code POLYAXON_RUN_OUTPUTS_PATH}. */
  OUTPUTS,
  /** The archived logs of the run. */
  LOGS
}

package org.polyaxon.core.executor;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Everything an executor needs to start one run.
 *
 * @param runUuid the run's UUID (32 hex characters); names every resource the executor creates
 * @param command the shell command ({@code run.cmd} after templating), run with {@code bash -c}
 * @param image the container image, when the run has one; a local executor records it unused
 * @param workingDirectory where the command runs (the project's code for local runs)
 * @param environment variables of the run (reference 2.5), added to a minimal base environment
 * @param logFile where stdout and stderr go, one timestamped line per output line, appended
 * @param resources requested resources as written in the Polyaxonfile (cpu, memory, gpu, tpu)
 * @param labels identify the run's owner for listing and clean-up
 */
public record Launch(
    String runUuid,
    String command,
    String image,
    Path workingDirectory,
    Map<String, String> environment,
    Path logFile,
    Map<String, String> resources,
    Map<String, String> labels) {

  public Launch {
    Objects.requireNonNull(runUuid);
    Objects.requireNonNull(command);
    environment = Map.copyOf(environment);
    resources = Map.copyOf(resources);
    labels = Map.copyOf(labels);
  }
}

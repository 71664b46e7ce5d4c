package org.polyaxon.artifacts;

import java.nio.file.Path;

/**
 * The directories of a {@link LocalArtifactStore}.
 *
 * @param repos uploaded code, {@code {user}/{project}/{commit}.tar.gz}
 * @param outputs runs' outputs, {@code {user}/{project}/experiments/{id}} and so on
 * @param logs runs' logs, laid out as the outputs
 * @param upload a scratch area for uploads being checked
 */
public record LocalArtifactRoots(Path repos, Path outputs, Path logs, Path upload) {

  public LocalArtifactRoots {
    repos = repos.toAbsolutePath().normalize();
    outputs = outputs.toAbsolutePath().normalize();
    logs = logs.toAbsolutePath().normalize();
    upload = upload.toAbsolutePath().normalize();
  }
}

package org.polyaxon.core.code;

import java.io.InputStream;
import java.time.Clock;
import org.polyaxon.core.artifact.ArtifactStore;
import org.polyaxon.core.artifact.StoredCode;
import org.polyaxon.core.auth.User;
import org.polyaxon.core.error.NotFoundException;
import org.polyaxon.core.project.Project;
import org.polyaxon.core.project.Projects;

/**
 * The code of projects: uploads by those who may change a project, reads by those who may see it.
 */
public final class ProjectCode {
  private final Projects projects;
  private final CodeReferenceStore references;
  private final ArtifactStore artifacts;
  private final Clock clock;

  public ProjectCode(
      Projects projects, CodeReferenceStore references, ArtifactStore artifacts, Clock clock) {
    this.projects = projects;
    this.references = references;
    this.artifacts = artifacts;
    this.clock = clock;
  }

  /** Keeps {@code tarGz} as the project's newest code version. */
  public CodeReference upload(
      User actor, String owner, String name, InputStream tarGz, long maxBytes) {
    Project project = projects.getForUpdate(actor, owner, name);
    StoredCode stored = artifacts.storeCode(project.owner(), project.name(), tarGz, maxBytes);
    CodeReference reference =
        references.create(
            project.id(), stored.commit(), stored.sizeBytes(), actor.id(), clock.instant());
    if (!project.hasCode()) {
      projects.markHasCode(project);
    }
    return reference;
  }

  /** The project's newest code version; not found when none was uploaded. */
  public CodeReference latest(User actor, String owner, String name) {
    Project project = projects.get(actor, owner, name);
    return references
        .latest(project.id())
        .orElseThrow(
            () -> new NotFoundException("No code was uploaded to " + project.uniqueName()));
  }

  /** The archive of the newest code version; the caller closes it. */
  public InputStream openLatest(User actor, String owner, String name) {
    CodeReference latest = latest(actor, owner, name);
    return artifacts.openCode(owner, name, latest.commit());
  }
}

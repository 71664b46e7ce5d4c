package org.polyaxon.core.project;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.polyaxon.core.Page;
import org.polyaxon.core.auth.User;
import org.polyaxon.core.error.ForbiddenException;
import org.polyaxon.core.error.InvalidInputException;
import org.polyaxon.core.error.NotFoundException;
import org.polyaxon.core.project.ProjectStore.NewProject;
import org.polyaxon.core.project.ProjectStore.ProjectChanges;

/**
 * Projects and who may see or change them: everyone sees public projects, only the owner and
 * superusers see private ones; only they may change or delete a project. A project a caller may not
 * see is reported as not found, so its existence does not leak.
 */
public final class Projects {
  private static final String NAME_PATTERN = "[A-Za-z0-9][A-Za-z0-9_-]{0,127}";

  private final ProjectStore store;
  private final Clock clock;

  public Projects(ProjectStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  public Project create(User actor, NewProject project) {
    requireName(project.name());
    return store.create(
        actor.id(),
        new NewProject(
            project.name(),
            project.description() == null ? "" : project.description(),
            project.tags() == null ? List.of() : project.tags(),
            project.isPublic()),
        UUID.randomUUID().toString().replace("-", ""),
        clock.instant());
  }

  /** The project if {@code actor} may see it; not found otherwise. */
  public Project get(User actor, String owner, String name) {
    Project project = store.find(owner, name).orElseThrow(() -> notFound(owner, name));
    if (!canSee(actor, project)) {
      throw notFound(owner, name);
    }
    return project;
  }

  /** The project if {@code actor} may change it. */
  public Project getForUpdate(User actor, String owner, String name) {
    Project project = get(actor, owner, name);
    if (!canChange(actor, project)) {
      throw new ForbiddenException(
          "Only the owner of " + project.uniqueName() + " or a superuser may change it.");
    }
    return project;
  }

  public Page<Project> listByOwner(
      User actor, String owner, boolean archived, int limit, int offset) {
    if (!store.ownerExists(owner)) {
      throw new NotFoundException("There is no user '" + owner + "'");
    }
    boolean includePrivate = actor.superuser() || actor.username().equals(owner);
    return new Page<>(
        store.listByOwner(owner, includePrivate, archived, limit, offset),
        store.countByOwner(owner, includePrivate, archived));
  }

  public Project update(User actor, String owner, String name, ProjectChanges changes) {
    Project project = getForUpdate(actor, owner, name);
    if (changes.name() != null) {
      requireName(changes.name());
    }
    return store.update(project.id(), changes, clock.instant());
  }

  public void setArchived(User actor, String owner, String name, boolean archived) {
    store.setArchived(getForUpdate(actor, owner, name).id(), archived, clock.instant());
  }

  public void markHasCode(Project project) {
    store.setHasCode(project.id(), true, clock.instant());
  }

  public void delete(User actor, String owner, String name) {
    store.delete(getForUpdate(actor, owner, name).id());
  }

  private static boolean canSee(User actor, Project project) {
    return project.isPublic() || canChange(actor, project);
  }

  private static boolean canChange(User actor, Project project) {
    return actor.superuser() || actor.username().equals(project.owner());
  }

  private static void requireName(String name) {
    if (name == null || !name.matches(NAME_PATTERN)) {
      throw new InvalidInputException(
          "name: expected letters, digits, '_' or '-' (at most 128), starting with a letter or digit");
    }
  }

  private static NotFoundException notFound(String owner, String name) {
    return new NotFoundException("There is no project " + owner + "." + name);
  }
}

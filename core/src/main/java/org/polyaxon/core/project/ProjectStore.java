package org.polyaxon.core.project;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: where projects are kept. */
public interface ProjectStore {

  /** Creates a project; throws {@code ConflictException} if the owner has one of that name. */
  Project create(long ownerId, NewProject project, String uuid, Instant now);

  Optional<Project> find(String owner, String name);

  Optional<Project> findById(long id);

  /** The owner's projects, newest first; private ones only when {@code includePrivate}. */
  List<Project> listByOwner(
      String owner, boolean includePrivate, boolean archived, int limit, int offset);

  long countByOwner(String owner, boolean includePrivate, boolean archived);

  /** True if a user named {@code owner} exists. */
  boolean ownerExists(String owner);

  Project update(long id, ProjectChanges changes, Instant now);

  void setArchived(long id, boolean archived, Instant now);

  void setHasCode(long id, boolean hasCode, Instant now);

  void delete(long id);

  /** What creating a project needs. */
  record NewProject(String name, String description, List<String> tags, boolean isPublic) {}

  /** A partial update: null fields stay as they are. */
  record ProjectChanges(String name, String description, List<String> tags, Boolean isPublic) {}
}

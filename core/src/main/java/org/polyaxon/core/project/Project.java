package org.polyaxon.core.project;

import java.time.Instant;
import java.util.List;

/**
 * A project: the unit that owns code, runs and their artifacts. Its unique name is {@code
 * owner.name}.
 *
 * @param id database id
 * @param uuid 32 hex characters
 * @param owner the owning user's name
 * @param name unique among the owner's projects
 * @param description free text, may be empty
 * @param tags labels for filtering
 * @param isPublic visible to every user; private projects only to their owner and superusers
 * @param hasCode code was uploaded
 * @param archived soft-deleted, restorable
 * @param createdAt creation time
 * @param updatedAt last change
 * @param runCounts how many live runs of each kind it has
 */
public record Project(
    long id,
    String uuid,
    String owner,
    String name,
    String description,
    List<String> tags,
    boolean isPublic,
    boolean hasCode,
    boolean archived,
    Instant createdAt,
    Instant updatedAt,
    RunCounts runCounts) {

  public Project {
    tags = List.copyOf(tags);
    runCounts = runCounts == null ? RunCounts.NONE : runCounts;
  }

  public String uniqueName() {
    return owner + "." + name;
  }
}

package org.polyaxon.core.run;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.polyaxon.core.status.Status;

/**
 * One run of any kind, as stored.
 *
 * @param id database id
 * @param uuid 32 hex characters; names everything the executor creates for the run
 * @param projectId the owning project
 * @param kind experiment, group, job, ...
 * @param number the per-project, per-kind id used in URLs
 * @param userId who created it
 * @param username the creator's username
 * @param groupId the group an experiment belongs to, or null
 * @param name optional name
 * @param description free text
 * @param tags labels
 * @param content the compiled Polyaxonfile (JSON text)
 * @param declarations declarations after matrix values were applied
 * @param status the current status
 * @param statusMessage why it is in that status, may be null
 * @param lastMetric the latest value of each metric the run reported
 * @param createdAt creation time
 * @param updatedAt last change
 * @param startedAt when it first ran, or null
 * @param finishedAt when it reached a final status, or null
 */
public record Run(
    long id,
    String uuid,
    long projectId,
    RunKind kind,
    long number,
    long userId,
    String username,
    Long groupId,
    String name,
    String description,
    List<String> tags,
    String content,
    Map<String, Object> declarations,
    Status status,
    String statusMessage,
    Map<String, Object> lastMetric,
    Instant createdAt,
    Instant updatedAt,
    Instant startedAt,
    Instant finishedAt) {

  public Run {
    tags = List.copyOf(tags);
    declarations = Map.copyOf(declarations);
    lastMetric = Map.copyOf(lastMetric);
  }
}

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
 * @param originalId for a clone, the run it was made from; null otherwise or once that is deleted
 * @param originalNumber the per-project number of that original, or null
 * @param cloningStrategy for a clone, how it was made; null for a run made from a file
 * @param codeReferenceId the version of the project's code the run checks out, or null for none
 * @param heartbeatAt the latest heartbeat the run posted, or null if it never posted one
 * @param attributes what the client said about the run at its creation
 * @param reportedCode the code version the run reported itself, or null
 * @param archived hidden from listings until restored
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
    Instant finishedAt,
    Long originalId,
    Long originalNumber,
    CloningStrategy cloningStrategy,
    Long codeReferenceId,
    Instant heartbeatAt,
    RunAttributes attributes,
    ReportedCode reportedCode,
    boolean archived) {

  public Run {
    tags = List.copyOf(tags);
    declarations = Map.copyOf(declarations);
    lastMetric = Map.copyOf(lastMetric);
    attributes = attributes == null ? RunAttributes.NONE : attributes;
  }

  /** Whether the run was made by restarting, resuming or copying another. */
  public boolean isClone() {
    return cloningStrategy != null;
  }
}

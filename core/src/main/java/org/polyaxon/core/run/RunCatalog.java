package org.polyaxon.core.run;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.polyaxon.core.status.Status;

/** Port: a read-only listing of runs across every project, for the superusers' admin view. */
public interface RunCatalog {

  /**
   * Runs of these kinds, newest first.
   *
   * @param kinds the kinds to list
   * @param projectId only this project's runs, or null for every project
   * @param limit page size
   * @param offset runs to skip
   */
  List<RunSummary> list(Set<RunKind> kinds, Long projectId, int limit, int offset);

  long count(Set<RunKind> kinds, Long projectId);

  /** The summary of one run of any kind. */
  Optional<RunSummary> find(String uuid);

  /**
   * What a listing shows of a run; the Polyaxonfile and declarations are left out.
   *
   * @param uuid the run's uuid
   * @param kind experiment, job, ...
   * @param number the per-project, per-kind number used in URLs
   * @param name optional name
   * @param projectId the owning project
   * @param projectOwner the username owning the project
   * @param projectName the project's name
   * @param username who created the run
   * @param status the current status
   * @param createdAt when it was created
   * @param finishedAt when it reached a final status, or null
   */
  record RunSummary(
      String uuid,
      RunKind kind,
      long number,
      String name,
      long projectId,
      String projectOwner,
      String projectName,
      String username,
      Status status,
      Instant createdAt,
      Instant finishedAt) {}
}

package org.polyaxon.core.auth;

import java.time.Instant;
import java.util.Optional;
import org.polyaxon.core.run.RunKind;
import org.polyaxon.core.status.Status;

/** Port: where the digests of run tokens are kept, one per run. */
public interface RunTokenStore {

  /** Stores the digest of a run's new token, replacing the one the run had. */
  void save(long runId, String tokenHash, Instant createdAt);

  /** The run a token digest belongs to, with what authenticating it needs to know. */
  Optional<TokenRun> findByTokenHash(String tokenHash);

  /**
   * A token's run as it is now.
   *
   * @param creator who created the run
   * @param runId database id
   * @param kind experiment or job
   * @param number the run's number in its project
   * @param status the run's current status
   * @param projectOwner the project owner's username
   * @param projectName the project's name
   */
  record TokenRun(
      User creator,
      long runId,
      RunKind kind,
      long number,
      Status status,
      String projectOwner,
      String projectName) {}
}

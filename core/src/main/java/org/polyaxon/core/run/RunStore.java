package org.polyaxon.core.run;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.polyaxon.core.Page;
import org.polyaxon.core.run.query.RunQuery;
import org.polyaxon.core.status.Status;

/**
 * Port: where runs, their status history and the scheduler's tasks are kept. A status change, its
 * history entry and the task it causes commit together or not at all.
 */
public interface RunStore {

  /**
   * Creates a run in {@code initial} status with the next number of its project and kind, its first
   * history entry (with the reason {@link NewRun#creationReason()}) and, when {@code taskKind} is
   * not null, a task for the scheduler.
   */
  Run create(NewRun run, Status initial, String taskKind, Instant now);

  Optional<Run> find(long projectId, RunKind kind, long number);

  /** The project's runs of this kind with this name, newest first (names need not be unique). */
  List<Run> findByName(long projectId, RunKind kind, String name);

  Optional<Run> findByUuid(String uuid);

  /** A run by its database id, for example the group an experiment belongs to. */
  Optional<Run> findById(long id);

  /**
   * Moves a run from {@code from} to {@code update.status()} if it is still in {@code from}
   * (compare and set), recording the history entry and, when {@code taskKind} is not null, a task.
   * Returns false when the run was no longer in {@code from}: someone else changed it first.
   */
  boolean transition(long runId, Status from, StatusUpdate update, String taskKind, Instant now);

  /** The run's status history, oldest first. */
  List<StatusChange> statuses(long runId);

  /** One entry of the run's status history by its uuid. */
  Optional<StatusChange> status(long runId, String uuid);

  /** Runs of a project and kind, newest first. */
  List<Run> list(long projectId, RunKind kind, int limit, int offset);

  long count(long projectId, RunKind kind);

  /**
   * One page of a project's runs of one kind that meet the query's conditions, in its order, and
   * how many meet them in all.
   */
  Page<Run> list(long projectId, RunKind kind, RunQuery query, int limit, int offset);

  /**
   * Runs of these kinds that have not reached a final status and are unclaimed or claimed by {@code
   * scope}, oldest first.
   */
  List<Run> listUnfinished(Set<RunKind> kinds, String scope);

  /**
   * Claims the run for the schedulers of an executor scope, unless another scope has it. Returns
   * whether the run is this scope's now: only then may it be started.
   */
  boolean claim(long runId, String scope);

  /** Changes the descriptive fields; null fields stay as they are. */
  Run update(long runId, String name, String description, List<String> tags, Instant now);

  /** Deletes the run, its history and its tasks. */
  void delete(long runId);

  /** Hides the run from listings ({@code true}) or shows it again. */
  Run setArchived(long runId, boolean archived, Instant now);

  /** Records the code version the run reported, replacing an earlier report. */
  Run reportCode(long runId, ReportedCode code, Instant now);

  /**
   * What creating a run needs. {@code originalId} and {@code cloningStrategy} are set together, for
   * a clone only; {@code codeReferenceId} is the code version the run will check out, or null;
   * {@code attributes} what the client said about the run.
   */
  record NewRun(
      String uuid,
      long projectId,
      RunKind kind,
      long userId,
      Long groupId,
      String name,
      String description,
      List<String> tags,
      String content,
      Map<String, Object> declarations,
      Long originalId,
      CloningStrategy cloningStrategy,
      Long codeReferenceId,
      RunAttributes attributes) {

    public NewRun {
      if ((originalId == null) != (cloningStrategy == null)) {
        throw new IllegalArgumentException("A clone has both an original and a strategy");
      }
      attributes = attributes == null ? RunAttributes.NONE : attributes;
    }

    /** Why the run's history starts: a new file, or how it was cloned. */
    public StatusReason creationReason() {
      return StatusReason.ofCreation(cloningStrategy);
    }

    /** A run made from a Polyaxonfile, not a clone, without code. */
    public NewRun(
        String uuid,
        long projectId,
        RunKind kind,
        long userId,
        Long groupId,
        String name,
        String description,
        List<String> tags,
        String content,
        Map<String, Object> declarations) {
      this(
          uuid,
          projectId,
          kind,
          userId,
          groupId,
          name,
          description,
          tags,
          content,
          declarations,
          null,
          null,
          null,
          RunAttributes.NONE);
    }
  }
}

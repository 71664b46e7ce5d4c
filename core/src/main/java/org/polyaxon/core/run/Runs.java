package org.polyaxon.core.run;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.polyaxon.core.Page;
import org.polyaxon.core.auth.User;
import org.polyaxon.core.code.CodeReference;
import org.polyaxon.core.code.CodeReferenceStore;
import org.polyaxon.core.error.ConflictException;
import org.polyaxon.core.error.InvalidInputException;
import org.polyaxon.core.error.NotFoundException;
import org.polyaxon.core.project.Project;
import org.polyaxon.core.run.RunStore.NewRun;
import org.polyaxon.core.run.query.RunQuery;
import org.polyaxon.core.status.Status;
import org.polyaxon.spec.ParseResult;
import org.polyaxon.spec.SpecSource;
import org.polyaxon.spec.model.Polyaxonfile;

/**
 * Runs created from Polyaxonfiles, and every change of their status, checked against their kind's
 * status machine. Work for the scheduler is queued with the change that causes it.
 */
public final class Runs {
  /** Task asking the scheduler to start a run. */
  public static final String TASK_START = "start";

  /** Task asking the scheduler to stop a run's execution. */
  public static final String TASK_STOP = "stop";

  /**
   * How often a change is tried again when the run's status changed under it. Every failed try
   * means another change succeeded, and a run only has so many statuses to go through, so this is
   * reached only by a run that loops between statuses during one request.
   */
  private static final int RACE_ATTEMPTS = 20;

  private final RunStore store;
  private final CodeReferenceStore codeReferences;
  private final Clock clock;

  public Runs(RunStore store, CodeReferenceStore codeReferences, Clock clock) {
    this.store = store;
    this.codeReferences = codeReferences;
    this.clock = clock;
  }

  /**
   * What a create request carries.
   *
   * @param sources the Polyaxonfile text(s), merged in order
   * @param name optional name
   * @param description optional description
   * @param tags tags; null takes the file's
   * @param declarations values that override the file's declarations; may be empty
   * @param attributes what the client says about the run
   */
  public record CreateRequest(
      List<SpecSource> sources,
      String name,
      String description,
      List<String> tags,
      Map<String, Object> declarations,
      RunAttributes attributes) {}

  /**
   * Validates the Polyaxonfile and creates the run, queued for the scheduler to start. The run
   * keeps the project's code version of this moment, as a 0.4 code reference does.
   */
  public Run create(User actor, Project project, RunKind kind, CreateRequest request) {
    ParseResult.Valid valid = RunSpecs.parse(request.sources(), kind);
    Polyaxonfile spec = valid.spec();
    Map<String, Object> declarations = new LinkedHashMap<>(RunSpecs.declarationsOf(spec));
    if (request.declarations() != null) {
      declarations.putAll(request.declarations());
    }
    List<String> tags =
        request.tags() != null ? request.tags() : spec.tags() == null ? List.of() : spec.tags();
    Long code = codeReferences.latest(project.id()).map(CodeReference::id).orElse(null);
    return store.create(
        new NewRun(
            UUID.randomUUID().toString().replace("-", ""),
            project.id(),
            kind,
            actor.id(),
            null,
            request.name(),
            request.description(),
            tags,
            valid.compiled(),
            declarations,
            null,
            null,
            code,
            request.attributes()),
        Status.CREATED,
        TASK_START,
        clock.instant());
  }

  /**
   * Moves the run as {@code update} says if its machine allows it from its current status. A
   * concurrent change is not overwritten: the run is read again and the rule applied to what it is
   * now.
   */
  public Run transition(Run run, StatusUpdate update, String taskKind) {
    return onCurrent(
        run,
        current -> {
          current.kind().machine().transition(current.status(), update.status());
          return compareAndSet(current, update, taskKind);
        });
  }

  /**
   * Applies {@code change} to the run as it is now, reading it again each time the change finds
   * that the run's status moved under it (an empty answer).
   */
  private <T> T onCurrent(Run run, Function<Run, Optional<T>> change) {
    Run current = run;
    for (int attempt = 0; attempt < RACE_ATTEMPTS; attempt++) {
      Optional<T> done = change.apply(current);
      if (done.isPresent()) {
        return done.get();
      }
      current = store.findByUuid(current.uuid()).orElseThrow();
    }
    throw new ConflictException(
        "The " + run.kind().wireName() + " changed status while it was being updated; try again");
  }

  /** The run after {@code update}; empty when its status is no longer the one it had. */
  private Optional<Run> compareAndSet(Run run, StatusUpdate update, String taskKind) {
    if (!store.transition(run.id(), run.status(), update, taskKind, clock.instant())) {
      return Optional.empty();
    }
    return Optional.of(store.findByUuid(run.uuid()).orElseThrow());
  }

  /** Stops the run: at once if it never started, through the scheduler if it runs. */
  public Run stop(Run run) {
    Stop stop = stopUnlessDone(run);
    if (!stop.stopped()) {
      throw new InvalidInputException(
          "The " + run.kind().wireName() + " is already " + stop.run().status().wireName());
    }
    return stop.run();
  }

  /** A run after a stop was asked for; {@code stopped} when this stop ended it. */
  private record Stop(Run run, boolean stopped) {}

  /**
   * Stops the run unless it has finished. A run that changes status meanwhile, as one that the
   * scheduler is starting does several times within milliseconds, is read again and stopped in its
   * new status; one that finished meanwhile is left as it ended.
   */
  private Stop stopUnlessDone(Run run) {
    StatusUpdate update =
        new StatusUpdate(Status.STOPPED, StatusReason.STOPPED_BY_USER, "Stopped by the user");
    return onCurrent(
        run,
        current ->
            current.kind().machine().isDone(current.status())
                ? Optional.of(new Stop(current, false))
                : compareAndSet(current, update, TASK_STOP)
                    .map(stopped -> new Stop(stopped, true)));
  }

  /**
   * Hides the run from listings, as 0.4 archived it: a run that has not finished is stopped first,
   * so nothing hidden keeps running.
   */
  public Run archive(Run run) {
    return store.setArchived(stopIfUnfinished(run).id(), true, clock.instant());
  }

  /** Shows an archived run in listings again. */
  public Run restore(Run run) {
    return store.setArchived(run.id(), false, clock.instant());
  }

  /**
   * Records the code version the run reports it runs (0.4's {@code POST …/coderef}), dated by the
   * server's clock whatever {@code code} carries.
   */
  public Run reportCode(Run run, ReportedCode code) {
    Instant now = clock.instant();
    return store.reportCode(
        run.id(),
        new ReportedCode(
            code.commit(), code.head(), code.branch(), code.gitUrl(), code.isDirty(), now),
        now);
  }

  /** A page of the project's runs of this kind that meet the query, in its order. */
  public Page<Run> list(Project project, RunKind kind, RunQuery query, int limit, int offset) {
    return store.list(project.id(), kind, query, limit, offset);
  }

  public List<StatusChange> statuses(Run run) {
    return store.statuses(run.id());
  }

  /** One entry of the run's status history; not found when the run has no entry of that uuid. */
  public StatusChange status(Run run, String uuid) {
    return store
        .status(run.id(), uuid)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "The "
                        + run.kind().wireName()
                        + " "
                        + run.number()
                        + " has no status "
                        + uuid));
  }

  public Run update(Run run, String name, String description, List<String> tags) {
    return store.update(run.id(), name, description, tags, clock.instant());
  }

  /** Deletes a run that is not running; a running one must be stopped first. */
  public void delete(Run run) {
    if (run.kind().machine().isRunning(run.status())) {
      throw new ConflictException(
          "The " + run.kind().wireName() + " is " + run.status().wireName() + "; stop it first");
    }
    store.delete(run.id());
  }

  /**
   * Deletes the run whatever its status, stopping it first, as 0.4's bulk delete did; the scheduler
   * then stops the process of the deleted run.
   */
  public void stopAndDelete(Run run) {
    store.delete(stopIfUnfinished(run).id());
  }

  private Run stopIfUnfinished(Run run) {
    return stopUnlessDone(run).run();
  }
}

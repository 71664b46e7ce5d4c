package org.polyaxon.core.run;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.polyaxon.core.Page;
import org.polyaxon.core.auth.User;
import org.polyaxon.core.error.ConflictException;
import org.polyaxon.core.error.InvalidInputException;
import org.polyaxon.core.project.Project;
import org.polyaxon.core.run.RunStore.NewRun;
import org.polyaxon.core.status.Status;
import org.polyaxon.spec.ParseResult;
import org.polyaxon.spec.PolyaxonfileParser;
import org.polyaxon.spec.Problem;
import org.polyaxon.spec.SpecSource;
import org.polyaxon.spec.model.ExperimentSpec;
import org.polyaxon.spec.model.JobSpec;
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

  private final RunStore store;
  private final Clock clock;

  public Runs(RunStore store, Clock clock) {
    this.store = store;
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
   */
  public record CreateRequest(
      List<SpecSource> sources,
      String name,
      String description,
      List<String> tags,
      Map<String, Object> declarations) {}

  /** Validates the Polyaxonfile and creates the run, queued for the scheduler to start. */
  public Run create(User actor, Project project, RunKind kind, CreateRequest request) {
    ParseResult result = PolyaxonfileParser.parse(request.sources());
    if (result instanceof ParseResult.Invalid invalid) {
      throw new InvalidInputException(
          "The Polyaxonfile has " + invalid.problems().size() + " problem(s)",
          invalid.problems().stream().map(Problem::toString).toList());
    }
    ParseResult.Valid valid = (ParseResult.Valid) result;
    Polyaxonfile spec = valid.spec();
    if (!spec.kind().equals(kind.wireName())) {
      throw new InvalidInputException(
          "kind: the Polyaxonfile is a "
              + spec.kind()
              + "; expected a "
              + kind.wireName()
              + " here");
    }
    Map<String, Object> declarations = new LinkedHashMap<>(declarationsOf(spec));
    if (request.declarations() != null) {
      declarations.putAll(request.declarations());
    }
    List<String> tags =
        request.tags() != null ? request.tags() : spec.tags() == null ? List.of() : spec.tags();
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
            declarations),
        Status.CREATED,
        TASK_START,
        clock.instant());
  }

  /**
   * Moves the run to {@code to} if its machine allows it from its current status. A concurrent
   * change is not overwritten: the run is read again and the rule applied to what it is now.
   */
  public Run transition(Run run, Status to, String message, String traceback, String taskKind) {
    Run current = run;
    for (int attempt = 0; attempt < 3; attempt++) {
      current.kind().machine().transition(current.status(), to);
      if (store.transition(
          current.id(), current.status(), to, message, traceback, taskKind, clock.instant())) {
        return store.findByUuid(current.uuid()).orElseThrow();
      }
      current = store.findByUuid(current.uuid()).orElseThrow();
    }
    throw new ConflictException(
        "The " + run.kind().wireName() + " changed status while it was being updated; try again");
  }

  /** Stops the run: at once if it never started, through the scheduler if it runs. */
  public Run stop(Run run) {
    if (run.kind().machine().isDone(run.status())) {
      throw new InvalidInputException(
          "The " + run.kind().wireName() + " is already " + run.status().wireName());
    }
    return transition(run, Status.STOPPED, "Stopped by the user", null, TASK_STOP);
  }

  public Page<Run> list(Project project, RunKind kind, int limit, int offset) {
    return new Page<>(
        store.list(project.id(), kind, limit, offset), store.count(project.id(), kind));
  }

  public List<StatusChange> statuses(Run run) {
    return store.statuses(run.id());
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

  private static Map<String, Object> declarationsOf(Polyaxonfile spec) {
    Map<String, Object> declarations = null;
    if (spec instanceof ExperimentSpec experiment) {
      declarations = experiment.declarations();
    } else if (spec instanceof JobSpec job) {
      declarations = job.declarations();
    }
    return declarations == null ? Map.of() : declarations;
  }
}

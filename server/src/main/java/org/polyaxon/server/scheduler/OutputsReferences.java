package org.polyaxon.server.scheduler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.polyaxon.core.artifact.ArtifactStore;
import org.polyaxon.core.artifact.RunArea;
import org.polyaxon.core.auth.User;
import org.polyaxon.core.error.InvalidInputException;
import org.polyaxon.core.project.Project;
import org.polyaxon.core.project.ProjectStore;
import org.polyaxon.core.run.Run;
import org.polyaxon.core.run.RunKind;
import org.polyaxon.core.run.RunLocations;
import org.polyaxon.core.run.RunStore;
import org.polyaxon.spec.model.OutputsRefs;

/**
 * {@code environment.outputs}: the outputs of earlier jobs and experiments a run reads, as {@code
 * POLYAXON_REFS_OUTPUTS_PATHS} ({@code {"jobs": [...], "experiments": [...]}}). A reference is an
 * id (a number) in the run's project, or a name: {@code name} in the run's project, {@code
 * project/name} in a project of the same owner, {@code user/project/name} anywhere the run's
 * creator may read. A reference that does not resolve fails the run, naming it.
 */
final class OutputsReferences {
  private final ProjectStore projects;
  private final RunStore runs;
  private final Function<String, Optional<User>> users;
  private final RunLocations locations;
  private final ArtifactStore artifacts;

  OutputsReferences(
      ProjectStore projects,
      RunStore runs,
      Function<String, Optional<User>> users,
      ArtifactStore artifacts) {
    this.projects = projects;
    this.runs = runs;
    this.users = users;
    this.locations = new RunLocations(runs);
    this.artifacts = artifacts;
  }

  /** The outputs paths of the referenced runs by kind; empty when the run references none. */
  Map<String, List<String>> paths(Project project, Run run, OutputsRefs refs) {
    Map<String, List<String>> paths = new LinkedHashMap<>();
    if (refs == null) {
      return paths;
    }
    put(paths, "jobs", RunKind.JOB, refs.jobs(), project, run);
    put(paths, "experiments", RunKind.EXPERIMENT, refs.experiments(), project, run);
    return paths;
  }

  private void put(
      Map<String, List<String>> paths,
      String key,
      RunKind kind,
      List<Object> references,
      Project project,
      Run run) {
    if (references == null || references.isEmpty()) {
      return;
    }
    List<String> resolved = new ArrayList<>();
    for (Object reference : references) {
      Resolved target = resolve(kind, reference, project, run);
      resolved.add(
          artifacts.location(
              RunArea.OUTPUTS,
              locations.outputs(target.project().owner(), target.project().name(), target.run())));
    }
    paths.put(key, resolved);
  }

  private record Resolved(Project project, Run run) {}

  private Resolved resolve(RunKind kind, Object reference, Project project, Run run) {
    String what =
        "environment.outputs." + kind.plural() + ": " + kind.wireName() + " `" + reference + "`";
    if (reference instanceof Number number) {
      return runs.find(project.id(), kind, number.longValue())
          .map(found -> new Resolved(project, found))
          .orElseThrow(() -> notFound(what, project));
    }
    String[] parts = String.valueOf(reference).split("/", -1);
    Project in =
        switch (parts.length) {
          case 1 -> project;
          case 2 -> readable(project.owner(), parts[0], run, what);
          case 3 -> readable(parts[0], parts[1], run, what);
          default ->
              throw new InvalidInputException(
                  what + " is not a name, project/name or user/project/name");
        };
    List<Run> named = runs.findByName(in.id(), kind, parts[parts.length - 1]);
    if (named.isEmpty()) {
      throw notFound(what, in);
    }
    if (named.size() > 1) {
      throw new InvalidInputException(
          what
              + " names "
              + named.size()
              + " "
              + kind.plural()
              + " in "
              + in.uniqueName()
              + "; use an id");
    }
    return new Resolved(in, named.get(0));
  }

  /** The project if the run's creator may read it; a private one of someone else is not found. */
  private Project readable(String owner, String name, Run run, String what) {
    Optional<Project> found = projects.find(owner, name);
    boolean visible =
        found.isPresent()
            && (found.get().isPublic()
                || found.get().owner().equals(run.username())
                || users.apply(run.username()).map(User::superuser).orElse(false));
    if (!visible) {
      throw new InvalidInputException(what + ": there is no project " + owner + "." + name);
    }
    return found.get();
  }

  private static InvalidInputException notFound(String what, Project in) {
    return new InvalidInputException(what + " was not found in " + in.uniqueName());
  }
}

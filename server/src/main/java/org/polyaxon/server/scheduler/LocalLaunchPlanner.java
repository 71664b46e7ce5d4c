package org.polyaxon.server.scheduler;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.polyaxon.core.artifact.ArtifactStore;
import org.polyaxon.core.artifact.RunArea;
import org.polyaxon.core.artifact.RunPath;
import org.polyaxon.core.code.CodeReferenceStore;
import org.polyaxon.core.error.InvalidInputException;
import org.polyaxon.core.executor.Launch;
import org.polyaxon.core.project.Project;
import org.polyaxon.core.project.ProjectStore;
import org.polyaxon.core.run.Run;
import org.polyaxon.core.run.RunKind;
import org.polyaxon.spec.compile.SpecCompiler;
import org.polyaxon.spec.model.BuildSection;
import org.polyaxon.spec.model.ExperimentSpec;
import org.polyaxon.spec.model.JobSpec;
import org.polyaxon.spec.model.Polyaxonfile;
import org.polyaxon.spec.template.CommandRenderer;
import org.polyaxon.spec.template.TemplateException;

/**
 * What a run needs to start on this machine: its rendered command, its directories and the
 * environment of reference 2.5 that user code and the tracking client read.
 */
public final class LocalLaunchPlanner implements Function<Run, Launch> {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The run's output, in its logs directory (one file; distributed replicas will add theirs). */
  public static final String LOG_FILE = "run.log";

  private final ProjectStore projects;
  private final ArtifactStore artifacts;
  private final CodeReferenceStore code;
  private final Path home;
  private final String apiUrl;

  /**
   * @param home the platform's home; data and working directories live under it
   * @param apiUrl how runs reach the API, for example {@code http://127.0.0.1:8000}
   */
  public LocalLaunchPlanner(
      ProjectStore projects,
      ArtifactStore artifacts,
      CodeReferenceStore code,
      Path home,
      String apiUrl) {
    this.projects = projects;
    this.artifacts = artifacts;
    this.code = code;
    this.home = home;
    this.apiUrl = apiUrl;
  }

  @Override
  public Launch apply(Run run) {
    Project project =
        projects
            .findById(run.projectId())
            .orElseThrow(() -> new InvalidInputException("The run's project no longer exists"));
    Polyaxonfile spec = SpecCompiler.fromJson(run.content());
    String command;
    try {
      command = CommandRenderer.commandLine(runSection(spec), run.declarations());
    } catch (TemplateException e) {
      throw new InvalidInputException("run.cmd cannot be rendered: " + e.getMessage());
    }
    RunPath path = RunPath.of(project.owner(), project.name(), run.kind(), run.number(), null);
    Path outputs = directory(Path.of(artifacts.location(RunArea.OUTPUTS, path)));
    Path log = directory(Path.of(artifacts.location(RunArea.LOGS, path))).resolve(LOG_FILE);
    Path data = directory(home.resolve("data"));
    Path workdir = directory(home.resolve("workdirs").resolve(run.uuid()));
    // The project's latest uploaded code is the run's working directory, as in 0.4.
    code.latest(project.id())
        .ifPresent(
            reference ->
                artifacts.checkoutCode(
                    project.owner(), project.name(), reference.commit(), workdir));

    Map<String, String> env = new LinkedHashMap<>();
    env.put("POLYAXON_RUN_OUTPUTS_PATH", outputs.toString());
    env.put("POLYAXON_RUN_DATA_PATHS", json(Map.of("data", data.toString())));
    env.put("POLYAXON_LOGS_PATH", log.toString());
    env.put("POLYAXON_DECLARATIONS", json(run.declarations()));
    env.put("POLYAXON_API_HOST", apiUrl);
    env.put("POLYAXON_API_HTTP_HOST", apiUrl);
    env.put("POLYAXON_API_VERSION", "v1");
    env.put("POLYAXON_IN_CLUSTER", "true");
    env.put("POLYAXON_CLUSTER", json(Map.of("master", new String[] {"127.0.0.1:2222"})));
    env.put("POLYAXON_TASK_INFO", json(Map.of("type", "master", "index", 0)));
    env.put(
        run.kind() == RunKind.EXPERIMENT ? "POLYAXON_EXPERIMENT_INFO" : "POLYAXON_JOB_INFO",
        json(info(project, run)));
    return new Launch(
        run.uuid(),
        command,
        image(spec),
        workdir,
        env,
        log,
        Map.of(),
        Map.of("project", project.uniqueName(), "kind", run.kind().wireName()));
  }

  private static org.polyaxon.spec.model.Run runSection(Polyaxonfile spec) {
    org.polyaxon.spec.model.Run run = null;
    if (spec instanceof ExperimentSpec experiment) {
      run = experiment.run();
    } else if (spec instanceof JobSpec job) {
      run = job.run();
    }
    if (run == null) {
      throw new InvalidInputException("The Polyaxonfile has no run section to execute");
    }
    return run;
  }

  private static String image(Polyaxonfile spec) {
    BuildSection build = null;
    if (spec instanceof ExperimentSpec experiment) {
      build = experiment.build();
    } else if (spec instanceof JobSpec job) {
      build = job.build();
    }
    return build == null ? null : build.image();
  }

  private static Map<String, Object> info(Project project, Run run) {
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("project_name", project.uniqueName());
    info.put("project_uuid", project.uuid());
    String prefix = run.kind() == RunKind.EXPERIMENT ? "experiment" : "job";
    info.put(prefix + "_name", project.uniqueName() + "." + run.number());
    info.put(prefix + "_uuid", run.uuid());
    return info;
  }

  private static Path directory(Path path) {
    try {
      return Files.createDirectories(path);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create " + path, e);
    }
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }
}

package org.polyaxon.server.scheduler;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.polyaxon.core.artifact.ArtifactStore;
import org.polyaxon.core.artifact.RunArea;
import org.polyaxon.core.artifact.RunPath;
import org.polyaxon.core.auth.RunTokens;
import org.polyaxon.core.auth.User;
import org.polyaxon.core.code.CodeReference;
import org.polyaxon.core.code.CodeReferenceStore;
import org.polyaxon.core.error.InvalidInputException;
import org.polyaxon.core.executor.Launch;
import org.polyaxon.core.project.Project;
import org.polyaxon.core.project.ProjectStore;
import org.polyaxon.core.run.CloningStrategy;
import org.polyaxon.core.run.Run;
import org.polyaxon.core.run.RunKind;
import org.polyaxon.core.run.RunLocations;
import org.polyaxon.core.run.RunStore;
import org.polyaxon.spec.compile.SpecCompiler;
import org.polyaxon.spec.model.BuildSection;
import org.polyaxon.spec.model.Environment;
import org.polyaxon.spec.model.ExperimentSpec;
import org.polyaxon.spec.model.JobSpec;
import org.polyaxon.spec.model.Logging;
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

  /** The run's token; 0.4 clients read it from {@code .authtoken} in the context directory. */
  public static final String AUTH_TOKEN_ENV = "POLYAXON_AUTH_TOKEN";

  /** The run's context directory, holding {@code .authtoken}. */
  public static final String CONTEXT_PATH_ENV = "POLYAXON_CONTEXT_PATH";

  private final ProjectStore projects;
  private final ArtifactStore artifacts;
  private final CodeReferenceStore code;
  private final RunStore runs;
  private final RunLocations locations;
  private final RunTokens tokens;
  private final RunContext context;
  private final OutputsReferences references;
  private final Path home;
  private final Settings settings;
  private final DataVolumes data;

  /**
   * What the platform's configuration gives every run.
   *
   * @param apiUrl how runs reach the API, for example {@code http://127.0.0.1:8000}
   * @param dataVolumes {@code persistence.data}
   * @param logLevel {@code logLevel}, unless the Polyaxonfile's {@code logging.level} says
   *     otherwise
   */
  public record Settings(
      String apiUrl, Map<String, Map<String, String>> dataVolumes, String logLevel) {}

  /**
   * @param users finds the creator of a run, to tell which projects it may read outputs from
   * @param tokens mints the token each run authenticates with
   * @param home the platform's home; data, working and context directories live under it
   */
  public LocalLaunchPlanner(
      ProjectStore projects,
      ArtifactStore artifacts,
      CodeReferenceStore code,
      RunStore runs,
      Function<String, Optional<User>> users,
      RunTokens tokens,
      Path home,
      Settings settings) {
    this.projects = projects;
    this.artifacts = artifacts;
    this.code = code;
    this.runs = runs;
    this.locations = new RunLocations(runs);
    this.references = new OutputsReferences(projects, runs, users, artifacts);
    this.tokens = tokens;
    this.context = new RunContext(home.resolve("contexts"));
    this.home = home;
    this.settings = settings;
    this.data = DataVolumes.of(settings.dataVolumes(), home.resolve(DataVolumes.DEFAULT_NAME));
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
    RunPath own = locations.own(project.owner(), project.name(), run);
    RunPath outputsPath = locations.outputs(project.owner(), project.name(), run);
    copyOriginalOutputs(project, run, outputsPath);
    Path outputs = directory(Path.of(artifacts.location(RunArea.OUTPUTS, outputsPath)));
    Path log = directory(Path.of(artifacts.location(RunArea.LOGS, own))).resolve(LOG_FILE);
    Environment environment = environment(spec);
    Map<String, String> dataPaths =
        data.select(
            environment == null || environment.persistence() == null
                ? null
                : environment.persistence().data());
    if (settings.dataVolumes().isEmpty()) {
      directory(home.resolve(DataVolumes.DEFAULT_NAME));
    }
    Map<String, List<String>> outputsRefs =
        references.paths(project, run, environment == null ? null : environment.outputs());
    Path workdir = directory(home.resolve("workdirs").resolve(run.uuid()));
    // The code version recorded when the run was created is its working directory, as in 0.4.
    if (run.codeReferenceId() != null) {
      CodeReference reference =
          code.find(run.codeReferenceId())
              .orElseThrow(
                  () -> new InvalidInputException("The run's code version no longer exists"));
      artifacts.checkoutCode(project.owner(), project.name(), reference.commit(), workdir);
    }

    Map<String, String> env = new LinkedHashMap<>();
    env.put("POLYAXON_RUN_OUTPUTS_PATH", outputs.toString());
    env.put("POLYAXON_RUN_DATA_PATHS", json(dataPaths));
    if (!outputsRefs.isEmpty()) {
      env.put("POLYAXON_REFS_OUTPUTS_PATHS", json(outputsRefs));
    }
    env.put("POLYAXON_LOGS_PATH", log.toString());
    env.put("POLYAXON_LOG_LEVEL", logLevel(spec));
    env.put("POLYAXON_DECLARATIONS", json(run.declarations()));
    env.put("POLYAXON_API_HOST", settings.apiUrl());
    env.put("POLYAXON_API_HTTP_HOST", settings.apiUrl());
    // Live logs are served on the API's own port: there is no separate streams service here.
    env.put("POLYAXON_API_WS_HOST", settings.apiUrl().replaceFirst("^http", "ws"));
    env.put("POLYAXON_API_VERSION", "v1");
    env.put("POLYAXON_IN_CLUSTER", "true");
    env.put("POLYAXON_CLUSTER", json(Map.of("master", new String[] {"127.0.0.1:2222"})));
    env.put("POLYAXON_TASK_INFO", json(Map.of("type", "master", "index", 0)));
    env.put(
        run.kind() == RunKind.EXPERIMENT ? "POLYAXON_EXPERIMENT_INFO" : "POLYAXON_JOB_INFO",
        json(info(project, run)));
    // Last, once nothing else can fail: a new token replaces the one of an earlier launch.
    String token = tokens.mint(run);
    env.put(AUTH_TOKEN_ENV, token);
    env.put(CONTEXT_PATH_ENV, context.writeToken(run.uuid(), token).toString());
    return new Launch(
        run.uuid(),
        command,
        image(spec),
        workdir,
        env,
        log,
        RequestedResources.of(spec),
        Map.of("project", project.uniqueName(), "kind", run.kind().wireName()));
  }

  /**
   * A copied run starts with its original's outputs, copied before it runs (0.4's init container).
   * A run is planned only when it has no execution; were it planned again (its execution lost), the
   * command would start over from a fresh copy, as a first start does.
   */
  private void copyOriginalOutputs(Project project, Run run, RunPath target) {
    if (run.cloningStrategy() != CloningStrategy.COPY || run.originalId() == null) {
      return;
    }
    runs.findById(run.originalId())
        .ifPresent(
            original ->
                artifacts.copy(
                    RunArea.OUTPUTS,
                    locations.outputs(project.owner(), project.name(), original),
                    target));
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

  private static Environment environment(Polyaxonfile spec) {
    if (spec instanceof ExperimentSpec experiment) {
      return experiment.environment();
    }
    return spec instanceof JobSpec job ? job.environment() : null;
  }

  private String logLevel(Polyaxonfile spec) {
    Logging logging = null;
    if (spec instanceof ExperimentSpec experiment) {
      logging = experiment.logging();
    } else if (spec instanceof JobSpec job) {
      logging = job.logging();
    }
    return logging == null || logging.level() == null
        ? settings.logLevel()
        : logging.level().toUpperCase(Locale.ROOT);
  }

  /** The run's labels, as 0.4 put them on its pod: unique names as in reference 2.2. */
  private static Map<String, Object> info(Project project, Run run) {
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("project_name", project.uniqueName());
    info.put("project_uuid", project.uuid());
    if (run.kind() == RunKind.EXPERIMENT) {
      info.put("experiment_name", project.uniqueName() + "." + run.number());
      info.put("experiment_uuid", run.uuid());
      info.put("task_type", "master");
      info.put("task_idx", 0);
    } else {
      info.put("job_name", project.uniqueName() + ".jobs." + run.number());
      info.put("job_uuid", run.uuid());
    }
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

package org.polyaxon.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.polyaxon.cli.ProjectDir.ProjectRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code polyaxon run -f FILE... [-u] [-l] [--name] [--tags] [--description] [--ttl]}: creates an
 * experiment or a job from Polyaxonfiles (checked here first) and remembers it in {@code
 * ./.polyaxon} so that later commands can leave out its id. With {@code -l --json}, stdout has the
 * created run's JSON and nothing else, so that scripts can read it, and the log goes to stderr.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = "Run a Polyaxonfile: an experiment or a job.")
final class RunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = {"-p", "--project"},
      description = "USER/PROJECT (default: this directory's project).")
  String project;

  @Option(
      names = {"-f", "--file"},
      description = "A Polyaxonfile; repeat to merge several (default: ./polyaxonfile.yaml ...).")
  List<String> files;

  @Option(names = "--name", description = "The run's name.")
  String name;

  @Option(names = "--tags", split = ",", description = "Comma-separated tags.")
  List<String> tags;

  @Option(names = "--description", description = "What the run is for.")
  String description;

  @Option(names = "--ttl", description = "Accepted for 0.4 compatibility; the server ignores it.")
  Long ttl;

  @Option(
      names = {"-u", "--upload"},
      description = "Upload the code first.")
  boolean upload;

  @Option(
      names = {"-l", "--log"},
      description = "Then follow its log until it ends (on stderr with --json).")
  boolean log;

  @Override
  public Integer call() {
    Cli cli = Cli.of(spec);
    SpecFiles.Spec polyaxonfile = SpecFiles.read(cli.context(), files);
    RunType type =
        switch (polyaxonfile.kind()) {
          case "experiment" -> RunType.EXPERIMENT;
          case "job" -> RunType.JOB;
          case "group" -> throw CliException.notOnServer("Experiment groups (kind: group)");
          case "build" -> throw CliException.notOnServer("Builds (kind: build)");
          case "notebook" -> throw CliException.notOnServer("Notebooks (kind: notebook)");
          case "tensorboard" -> throw CliException.notOnServer("Tensorboards (kind: tensorboard)");
          default -> throw CliException.user("Unknown kind '" + polyaxonfile.kind() + "'");
        };
    ProjectRef ref = cli.project(project);
    if (upload) {
      UploadCommand.upload(cli, ref);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", name);
    body.put("description", description);
    body.put("tags", tags);
    body.put("ttl", ttl);
    body.put("config", polyaxonfile.config());
    JsonNode created = cli.api().post(ref.path() + "/" + type.plural(), body);
    cli.projectDir().rememberRun(type, ref, created);
    cli.show(
        created,
        () ->
            cli.output()
                .line(
                    RunViews.capitalised(type.singular())
                        + " "
                        + created.path("id").asText()
                        + " created ("
                        + created.path("unique_name").asText()
                        + ")."));
    if (log) {
      RunOperations run = new RunOperations(cli, ref, type, created.path("id").asLong());
      // With --json, stdout holds the created run's JSON alone; the log goes to stderr.
      Output logOutput = cli.output().json() ? cli.output().onStderr() : cli.output();
      run.follow(logOutput, LogLines.inTimeOf(created), 0);
    }
    return 0;
  }
}

package org.polyaxon.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The subcommands experiments and jobs share ({@code get}, {@code update}, {@code stop}, {@code
 * logs}, ...); picocli finds them in this superclass, and {@code ${PARENT-COMMAND-NAME}} names the
 * kind in their help.
 */
abstract class RunKindCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = {"-p", "--project"},
      description = "USER/PROJECT (default: this directory's project).")
  String project;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }

  /** The experiment or job the options name. */
  RunOperations run() {
    return RunOperations.of(Cli.of(spec), type(), project, id());
  }

  /** Which kind of run the command is about. */
  abstract RunType type();

  /** The run's id as given on the command line, or null for the one remembered here. */
  abstract Long id();

  @Command(name = "get", description = "Show the ${PARENT-COMMAND-NAME}.")
  int get() {
    return run().get();
  }

  @Command(name = "list", description = "List the project's ${PARENT-COMMAND-NAME}s.")
  int list(@Mixin Paging paging) {
    Cli cli = Cli.of(spec);
    RunViews.list(cli, cli.project(project), type(), paging);
    return 0;
  }

  @Command(
      name = "update",
      description = "Change the ${PARENT-COMMAND-NAME}'s name, description or tags.")
  int update(
      @Option(names = "--name") String name,
      @Option(names = "--description") String description,
      @Option(names = "--tags", split = ",") List<String> tags) {
    return run().update(name, description, tags);
  }

  @Command(name = "delete", description = "Delete the ${PARENT-COMMAND-NAME}.")
  int delete(
      @Option(
              names = {"-y", "--yes"},
              description = "Do not ask.")
          boolean yes) {
    return run().delete(yes);
  }

  @Command(name = "stop", description = "Stop the ${PARENT-COMMAND-NAME}.")
  int stop(
      @Option(
              names = {"-y", "--yes"},
              description = "Do not ask.")
          boolean yes) {
    return run().stop(yes);
  }

  @Command(name = "restart", description = "Run the ${PARENT-COMMAND-NAME} again as a new one.")
  int restart(
      @Option(
              names = {"-c", "--copy"},
              description = "Copy: the new run starts with a copy of this one's outputs.")
          boolean copy,
      @Mixin CloneChanges changes) {
    return run().again(copy ? "copy" : "restart", changes.files, changes.upload);
  }

  @Command(name = "resume", description = "Resume the ${PARENT-COMMAND-NAME} (keeps its outputs).")
  int resume(@Mixin CloneChanges changes) {
    return run().again("resume", changes.files, changes.upload);
  }

  @Command(name = "statuses", description = "The ${PARENT-COMMAND-NAME}'s status history.")
  int statuses(@Option(names = "--page", defaultValue = "1") int page) {
    return run().statuses(page);
  }

  @Command(
      name = "logs",
      description = "The ${PARENT-COMMAND-NAME}'s log: live until it ends, or --past.")
  int logs(
      @Option(
              names = {"-p", "--past"},
              description = "The log written so far, then exit (with --follow: then go on live).")
          boolean past,
      @Option(
              names = {"-f", "--follow"},
              description = "Stream until the run ends (the default without --past).")
          boolean follow,
      @Option(
              names = {"--hide_time", "--hide-time"},
              description = "Without timestamps (shown in the server's time zone otherwise).")
          boolean hideTime) {
    return run().logs(past, follow, hideTime);
  }

  @Command(
      name = "outputs",
      description = {
        "Download the ${PARENT-COMMAND-NAME}'s outputs into a directory;",
        "or list one of their directories (--list), or download one file (--file)."
      })
  int outputs(
      @Option(
              names = {"-d", "--dir"},
              description =
                  "Where (default: ./PROJECT-${PARENT-COMMAND-NAME}-ID-outputs; with --file: here).")
          String directory,
      @Option(
              names = {"-l", "--list"},
              arity = "0..1",
              fallbackValue = ".",
              paramLabel = "PATH",
              description = "List a directory of the outputs (default: the top one).")
          String list,
      @Option(
              names = "--file",
              paramLabel = "PATH",
              description = "Download only this file of the outputs, under its own name.")
          String file) {
    if (list != null && (file != null || directory != null)) {
      throw new ParameterException(
          spec.subcommands().get("outputs"),
          "--list lists and writes nothing: leave out --file and --dir");
    }
    return run().outputs(directory, list, file);
  }
}

package org.polyaxon.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code polyaxon experiment [-p USER/PROJECT] [-xp ID] get|update|stop|logs|metrics|...}. */
@Command(
    name = "experiment",
    mixinStandardHelpOptions = true,
    description = {
      "Show and act on an experiment.",
      "-xp defaults to the last experiment created from this directory."
    })
final class ExperimentCommand extends RunKindCommand {
  @Option(
      names = {"-xp", "--experiment"},
      description = "The experiment's id.")
  Long experiment;

  @Override
  RunType type() {
    return RunType.EXPERIMENT;
  }

  @Override
  Long id() {
    return experiment;
  }

  @Command(name = "metrics", description = "The experiment's metrics.")
  int metrics(@Option(names = "--page", defaultValue = "1") int page) {
    return run().metrics(page);
  }

  @Command(name = "jobs", description = "The experiment's jobs (distributed replicas).")
  int jobs() {
    throw CliException.notOnServer("Experiment jobs (replicas of distributed experiments)");
  }
}

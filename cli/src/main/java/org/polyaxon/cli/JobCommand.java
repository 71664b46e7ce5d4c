package org.polyaxon.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code polyaxon job [-p USER/PROJECT] [-j ID] get|update|stop|logs|...}. */
@Command(
    name = "job",
    mixinStandardHelpOptions = true,
    description = {
      "Show and act on a job.",
      "-j defaults to the last job created from this directory."
    })
final class JobCommand extends RunKindCommand {
  @Option(
      names = {"-j", "--job"},
      description = "The job's id.")
  Long job;

  @Override
  RunType type() {
    return RunType.JOB;
  }

  @Override
  Long id() {
    return job;
  }
}

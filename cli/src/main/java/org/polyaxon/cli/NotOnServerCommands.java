package org.polyaxon.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;

/**
 * The 0.4.4 command groups whose server side does not exist yet (groups, builds, notebooks,
 * tensorboards): each answers with one line saying so and exit 1, instead of "unknown command".
 */
final class NotOnServerCommands {
  private NotOnServerCommands() {}

  /** Takes whatever follows (subcommands, options) and says the server lacks it. */
  abstract static class NotOnServer implements Callable<Integer> {
    @Unmatched List<String> rest;

    @Parameters(hidden = true)
    List<String> args;

    /** What the server lacks, as the message names it. */
    abstract String what();

    @Override
    public Integer call() {
      throw CliException.notOnServer(what());
    }
  }

  @Command(
      name = "group",
      description = "Experiment groups (hyperparameter searches): not on this server yet.")
  static final class Group extends NotOnServer {
    @Override
    String what() {
      return "Experiment groups";
    }
  }

  @Command(name = "build", description = "Image builds: not on this server yet.")
  static final class Build extends NotOnServer {
    @Override
    String what() {
      return "Builds";
    }
  }

  @Command(name = "notebook", description = "Notebooks: not on this server yet.")
  static final class Notebook extends NotOnServer {
    @Override
    String what() {
      return "Notebooks";
    }
  }

  @Command(name = "tensorboard", description = "Tensorboards: not on this server yet.")
  static final class Tensorboard extends NotOnServer {
    @Override
    String what() {
      return "Tensorboards";
    }
  }
}

package org.polyaxon.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The root {@code polyaxon} command. Client subcommands live in this module; the launcher adds the
 * {@code server} subcommand when it wires the platform.
 */
@Command(
    name = "polyaxon",
    mixinStandardHelpOptions = true,
    versionProvider = PolyaxonCommand.VersionProvider.class,
    description = "Polyaxon: run, track and compare machine-learning experiments.",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {CheckCommand.class},
    commandListHeading = "%nCommands:%n")
public final class PolyaxonCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Builds the command line with every client subcommand registered. */
  public static CommandLine commandLine() {
    return new CommandLine(new PolyaxonCommand());
  }

  @Override
  public void run() {
    // No subcommand given: show what there is to run.
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Prints {@code polyaxon <version>} for {@code --version}. */
  public static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"polyaxon " + Version.current()};
    }
  }
}

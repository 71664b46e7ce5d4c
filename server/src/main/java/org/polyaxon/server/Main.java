package org.polyaxon.server;

import org.polyaxon.cli.PolyaxonCommand;
import picocli.CommandLine;

/**
 * The {@code polyaxon} launcher: the client commands of the cli module plus {@code server}, the one
 * command that wires the platform's implementations together.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    CommandLine commandLine = PolyaxonCommand.commandLine();
    PolyaxonCommand.addPlatformCommand(commandLine, new ServerCommand());
    PolyaxonCommand.addPlatformCommand(commandLine, new AdminCommand());
    System.exit(commandLine.execute(args));
  }
}

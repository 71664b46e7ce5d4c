package org.polyaxon.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;

/**
 * The {@code polyaxon} command line run in-process, with no environment, its home and working
 * directory in {@code dir}, what it prints captured in {@link #out} and {@link #err}.
 */
final class InProcessCli {
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();
  private final Path dir;

  InProcessCli(Path dir) {
    this.dir = dir;
  }

  int run(String... args) {
    CommandLine commandLine =
        PolyaxonCommand.commandLine(
            new CliContext(CliEnvironment.of(Map.of()), dir, dir, false, Prompter.none()));
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    return commandLine.execute(args);
  }
}

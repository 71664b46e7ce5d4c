package org.polyaxon.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.polyaxon.cli.ProjectDir.ProjectRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code polyaxon init PROJECT [--polyaxonfile]}: binds this directory to an existing project. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = "Bind the current directory to a project (./.polyaxon/.polyaxonproject).")
final class InitCommand implements Callable<Integer> {
  static final String TEMPLATE =
      """
      version: 1
      kind: experiment
      declarations:
        lr: 0.1
      build:
        image: python:3.11
      run:
        cmd: python train.py --lr={{ lr }}
      """;
  static final String IGNORE =
      """
      # Files `polyaxon upload` leaves out (gitignore syntax).
      .git/
      __pycache__/
      *.pyc
      .venv/
      """;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PROJECT", description = "USER/PROJECT, or PROJECT for one's own.")
  String project;

  @Option(
      names = "--polyaxonfile",
      description = "Also write a polyaxonfile.yaml template and a .polyaxonignore if missing.")
  boolean polyaxonfile;

  @Override
  public Integer call() {
    Cli cli = Cli.of(spec);
    ProjectRef ref = cli.project(project);
    JsonNode found = cli.api().get(ref.path());
    cli.projectDir().bind(found);
    if (polyaxonfile) {
      writeIfMissing(cli.context().resolve("polyaxonfile.yaml"), TEMPLATE);
      writeIfMissing(cli.context().resolve(".polyaxonignore"), IGNORE);
    }
    cli.show(found, () -> cli.output().line("Initialised this directory for project " + ref + "."));
    return 0;
  }

  private static void writeIfMissing(Path file, String content) {
    if (Files.exists(file)) {
      return;
    }
    try {
      Files.writeString(file, content);
    } catch (IOException e) {
      throw CliException.user("Cannot write " + file + ": " + e.getMessage());
    }
  }
}

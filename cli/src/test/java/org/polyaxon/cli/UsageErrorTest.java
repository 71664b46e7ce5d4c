package org.polyaxon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Usage errors are one line on stderr, exit 2, naming the help of the command that failed. */
class UsageErrorTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine commandLine =
        PolyaxonCommand.commandLine(
            new CliContext(CliEnvironment.of(Map.of()), dir, dir, false, Prompter.none()));
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    return commandLine.execute(args);
  }

  @Test
  void anUnknownOptionOfASubcommand() {
    assertThat(run("project", "list", "--colour")).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo("polyaxon: Unknown option: '--colour' (see 'polyaxon project list --help')\n");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void aMistypedCommandSuggestsTheRightOne() {
    assertThat(run("projcet", "list")).isEqualTo(2);
    assertThat(err.toString().lines()).hasSize(1);
    assertThat(err.toString())
        .startsWith("polyaxon: ")
        .contains("'projcet'", "did you mean project", "(see 'polyaxon --help')");
  }

  @Test
  void aMissingParameterAndABadValue() {
    assertThat(run("config", "get")).isEqualTo(2);
    assertThat(err.toString().lines())
        .containsExactly(
            "polyaxon: Missing required parameter: 'KEY' (see 'polyaxon config get --help')");

    err.getBuffer().setLength(0);
    assertThat(run("experiment", "-xp", "one", "get")).isEqualTo(2);
    assertThat(err.toString().lines()).hasSize(1);
    assertThat(err.toString()).contains("'one'", "(see 'polyaxon experiment --help')");
  }
}

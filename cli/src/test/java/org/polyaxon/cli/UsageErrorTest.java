package org.polyaxon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Usage errors are one line on stderr, exit 2, naming the help of the command that failed. */
class UsageErrorTest {
  @TempDir Path dir;

  private InProcessCli cli;

  @BeforeEach
  void start() {
    cli = new InProcessCli(dir);
  }

  @Test
  void anUnknownOptionOfASubcommand() {
    assertThat(cli.run("project", "list", "--colour")).isEqualTo(2);
    assertThat(cli.err.toString())
        .isEqualTo("polyaxon: Unknown option: '--colour' (see 'polyaxon project list --help')\n");
    assertThat(cli.out.toString()).isEmpty();
  }

  @Test
  void aMistypedCommandSuggestsTheRightOne() {
    assertThat(cli.run("projcet", "list")).isEqualTo(2);
    assertThat(cli.err.toString().lines()).hasSize(1);
    assertThat(cli.err.toString())
        .startsWith("polyaxon: ")
        .contains("'projcet'", "did you mean project", "(see 'polyaxon --help')");
  }

  @Test
  void aMissingParameterAndABadValue() {
    assertThat(cli.run("config", "get")).isEqualTo(2);
    assertThat(cli.err.toString().lines())
        .containsExactly(
            "polyaxon: Missing required parameter: 'KEY' (see 'polyaxon config get --help')");

    cli.err.getBuffer().setLength(0);
    assertThat(cli.run("experiment", "-xp", "one", "get")).isEqualTo(2);
    assertThat(cli.err.toString().lines()).hasSize(1);
    assertThat(cli.err.toString()).contains("'one'", "(see 'polyaxon experiment --help')");
  }
}

package org.polyaxon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutputTest {
  private static Output output(boolean colours) {
    return new Output(
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), false, colours);
  }

  @Test
  void statusesAreColouredOnlyWhenColoursAreOn() {
    assertThat(output(true).status("succeeded")).isEqualTo("\u001b[32msucceeded\u001b[0m");
    assertThat(output(true).status("failed")).isEqualTo("\u001b[31mfailed\u001b[0m");
    assertThat(output(true).status("created")).isEqualTo("created");
    assertThat(output(false).status("failed")).isEqualTo("failed");
  }

  @Test
  void coloursNeedATerminalAndNoNoColor() {
    Path here = Path.of(".");
    CliEnvironment plain = CliEnvironment.of(Map.of());
    CliEnvironment noColor = CliEnvironment.of(Map.of("NO_COLOR", "1"));
    assertThat(new CliContext(plain, here, here, true, Prompter.none()).colours()).isTrue();
    assertThat(new CliContext(noColor, here, here, true, Prompter.none()).colours()).isFalse();
    assertThat(new CliContext(plain, here, here, false, Prompter.none()).colours()).isFalse();
  }
}

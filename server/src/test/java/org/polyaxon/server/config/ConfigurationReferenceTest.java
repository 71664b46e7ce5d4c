package org.polyaxon.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/configuration.md is generated from the registry and must match it. */
class ConfigurationReferenceTest {
  private static final Path DOC =
      Path.of(System.getProperty("polyaxon.root", "..")).resolve("docs/configuration.md");

  @Test
  void theCommittedReferenceMatchesTheRegistry() throws IOException {
    String generated = ConfigurationReference.markdown(Options.all());
    if (Boolean.getBoolean("polyaxon.regenerateDocs")) {
      Files.writeString(DOC, generated);
    }
    assertThat(Files.readString(DOC))
        .as("docs/configuration.md is stale; regenerate it with the command at its top")
        .isEqualTo(generated);
  }

  @Test
  void everyOptionIsDocumentedWithItsEnvironmentVariable() {
    String generated = ConfigurationReference.markdown(Options.all());
    for (Option<?> option : Options.all()) {
      assertThat(generated).contains("| `" + option.key() + "` |");
      option
          .environment()
          .forEach(variable -> assertThat(generated).contains("`" + variable + "`"));
    }
  }
}

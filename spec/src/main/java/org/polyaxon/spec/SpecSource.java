package org.polyaxon.spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The text of one Polyaxonfile (YAML or JSON) and the name problems report it under. */
public record SpecSource(String name, String text) {

  /** Reads a file as UTF-8; the name is the path as given. */
  public static SpecSource of(Path file) throws IOException {
    return new SpecSource(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
  }
}

package org.polyaxon.spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The test Polyaxonfiles under {@code src/test/resources}, read from the source tree. */
final class Fixtures {

  static final Path VALID = Path.of("src/test/resources/valid");
  static final Path INVALID = Path.of("src/test/resources/invalid");

  private Fixtures() {}

  /** The Polyaxonfiles of a folder (not the golden files), sorted by name. */
  static List<Path> polyaxonfiles(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(file -> file.getFileName().toString().matches(".*\\.(yml|yaml|json)"))
          .filter(file -> !file.getFileName().toString().endsWith(".out.json"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The golden compiled form next to a fixture: {@code name.yml} -> {@code name.out.json}. */
  static Path golden(Path fixture) {
    String name = fixture.getFileName().toString().replaceFirst("\\.(yml|yaml|json)$", "");
    return fixture.resolveSibling(name + ".out.json");
  }

  static ParseResult parse(Path file) {
    return PolyaxonfileParser.parseFiles(List.of(file));
  }

  static ParseResult parseText(String name, String text) {
    return PolyaxonfileParser.parse(new SpecSource(name, text));
  }
}

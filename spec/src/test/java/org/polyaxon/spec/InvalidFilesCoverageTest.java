package org.polyaxon.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every invalid file has its own test in {@link InvalidFilesTest}, and there are enough of them.
 */
class InvalidFilesCoverageTest {

  @Test
  void everyInvalidFileHasATestAndIsInvalid() {
    Set<String> tests =
        Arrays.stream(InvalidFilesTest.class.getDeclaredMethods())
            .map(Method::getName)
            .collect(Collectors.toSet());
    for (Path file : Fixtures.polyaxonfiles(Fixtures.INVALID)) {
      assertThat(Fixtures.parse(file).problems()).as(file.toString()).isNotEmpty();
      assertThat(tests).as("a test for %s", file).contains(testName(file));
    }
    assertThat(Fixtures.polyaxonfiles(Fixtures.INVALID)).hasSizeGreaterThanOrEqualTo(15);
  }

  private static String testName(Path file) {
    String name = file.getFileName().toString();
    String base = name.replaceFirst("\\.(yml|json)$", "");
    String[] parts = base.split("_");
    StringBuilder method = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      method.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
    }
    return name.endsWith(".json") ? method + "Json" : method.toString();
  }
}

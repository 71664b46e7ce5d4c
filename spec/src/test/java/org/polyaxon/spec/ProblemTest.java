package org.polyaxon.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemTest {

  @Test
  void printsAsFileLineColumnPathMessage() {
    assertThat(new Problem("a.yml", 3, 7, "build.image", "invalid image").toString())
        .isEqualTo("a.yml:3:7: build.image: invalid image");
    assertThat(new Problem("a.yml", 1, 1, "", "the file is empty").toString())
        .isEqualTo("a.yml:1:1: (root): the file is empty");
  }

  @Test
  void invalidResultsAreSortedByFileAndPositionWithoutDuplicates() {
    Problem late = new Problem("a.yml", 9, 1, "x", "m");
    Problem early = new Problem("a.yml", 2, 5, "y", "m");
    Problem otherFile = new Problem("b.yml", 1, 1, "z", "m");

    ParseResult result = new ParseResult.Invalid(List.of(otherFile, late, early, late));

    assertThat(result.problems()).containsExactly(early, late, otherFile);
  }
}

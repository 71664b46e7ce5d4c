package org.polyaxon.spec.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.polyaxon.spec.Problem;
import org.polyaxon.spec.SpecSource;

class YamlReaderTest {

  private static YamlReader.Result read(String text) {
    return YamlReader.read(new SpecSource("f.yml", text));
  }

  private static SpecNode.MapNode root(String text) {
    YamlReader.Result result = read(text);
    assertThat(result.problems()).isEmpty();
    return (SpecNode.MapNode) result.root().orElseThrow();
  }

  @Test
  void keepsOneBasedPositionsOfKeysAndValues() {
    SpecNode.MapNode root = root("version: 1\nbuild:\n  image: python:3\n");

    SpecNode.MapNode build = (SpecNode.MapNode) root.get("build");
    assertThat(build.entries().get("image").keyPosition()).isEqualTo(new Position("f.yml", 3, 3));
    assertThat(build.get("image").position()).isEqualTo(new Position("f.yml", 3, 10));
  }

  @Test
  void resolvesScalarsWithTheCoreSchema() {
    SpecNode.MapNode root =
        root("a: True\nb: FALSE\nc: 0x1F\nd: 0o17\ne: 1.5e3\nf: ~\ng: '1'\nh: yes\ni: -7\n");

    assertThat(((SpecNode.ScalarNode) root.get("a")).value()).isEqualTo(true);
    assertThat(((SpecNode.ScalarNode) root.get("b")).value()).isEqualTo(false);
    assertThat(((SpecNode.ScalarNode) root.get("c")).value()).isEqualTo(31L);
    assertThat(((SpecNode.ScalarNode) root.get("d")).value()).isEqualTo(15L);
    assertThat(((SpecNode.ScalarNode) root.get("e")).value()).isEqualTo(1500.0);
    assertThat(((SpecNode.ScalarNode) root.get("f")).isNull()).isTrue();
    assertThat(((SpecNode.ScalarNode) root.get("g")).value()).isEqualTo("1");
    assertThat(((SpecNode.ScalarNode) root.get("h")).value()).isEqualTo("yes"); // YAML 1.1 only
    assertThat(((SpecNode.ScalarNode) root.get("i")).value()).isEqualTo(-7L);
  }

  @Test
  void reportsDuplicateKeysAtTheSecondOne() {
    assertThat(read("a: 1\nb: 2\na: 3\n").problems())
        .containsExactly(new Problem("f.yml", 3, 1, "", "duplicate key `a`"));
  }

  @Test
  void reportsSyntaxErrorsWithTheirPosition() {
    assertThat(read("a: [1, 2\n").problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.line()).isEqualTo(2);
              assertThat(problem.message()).startsWith("invalid YAML: ");
            });
  }

  @Test
  void refusesInfiniteAndNanNumbers() {
    assertThat(read("a: .inf\nb: .nan\n").problems())
        .extracting(Problem::line, Problem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "infinite and NaN numbers are not supported"),
            org.assertj.core.groups.Tuple.tuple(2, "infinite and NaN numbers are not supported"));
  }

  @Test
  void refusesAliasBombs() {
    StringBuilder text = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 9; i++) {
      text.append("a").append(i).append(": &a").append(i).append(" [");
      text.append(("*a" + (i - 1) + ", ").repeat(9)).append("*a").append(i - 1).append("]\n");
    }

    assertThat(read(text.toString()).problems()).isNotEmpty();
  }

  @Test
  void refusesDeepNesting() {
    String deep = "a: " + "[".repeat(200) + "]".repeat(200) + "\n";

    assertThat(read(deep).problems())
        .extracting(Problem::message)
        .containsExactly("the document is nested deeper than 64 levels");
  }

  @Test
  void anEmptyFileIsAProblem() {
    assertThat(read("# nothing\n").problems())
        .containsExactly(new Problem("f.yml", 1, 1, "", "the file is empty"));
  }

  @Test
  void documentsOfOneFileMerge() {
    SpecNode.MapNode root = root("a: {x: 1, y: 2}\n---\na: {y: 3}\nb: 4\n");

    SpecNode.MapNode a = (SpecNode.MapNode) root.get("a");
    assertThat(((SpecNode.ScalarNode) a.get("x")).value()).isEqualTo(1L);
    assertThat(((SpecNode.ScalarNode) a.get("y")).value()).isEqualTo(3L);
    assertThat(a.get("y").position().line()).isEqualTo(3);
    assertThat(root.entries()).containsOnlyKeys("a", "b");
  }
}

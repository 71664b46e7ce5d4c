package org.polyaxon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IgnoreRulesTest {
  private static IgnoreRules rules(String... lines) {
    return IgnoreRules.of(List.of(lines));
  }

  @Test
  void aNameWithoutSlashMatchesAtAnyDepth() {
    IgnoreRules rules = rules("*.pyc", "build");
    assertThat(rules.ignores("a.pyc", false)).isTrue();
    assertThat(rules.ignores("src/deep/a.pyc", false)).isTrue();
    assertThat(rules.ignores("a.py", false)).isFalse();
    assertThat(rules.ignores("build", true)).isTrue();
    assertThat(rules.ignores("src/build", false)).isTrue();
  }

  @Test
  void aLeadingOrMiddleSlashAnchorsToTheRoot() {
    IgnoreRules rules = rules("/notes.txt", "docs/*.md");
    assertThat(rules.ignores("notes.txt", false)).isTrue();
    assertThat(rules.ignores("sub/notes.txt", false)).isFalse();
    assertThat(rules.ignores("docs/a.md", false)).isTrue();
    assertThat(rules.ignores("docs/deep/a.md", false)).isFalse();
    assertThat(rules.ignores("other/docs/a.md", false)).isFalse();
  }

  @Test
  void aTrailingSlashMatchesDirectoriesOnly() {
    IgnoreRules rules = rules("logs/");
    assertThat(rules.ignores("logs", true)).isTrue();
    assertThat(rules.ignores("a/logs", true)).isTrue();
    assertThat(rules.ignores("logs", false)).isFalse();
  }

  @Test
  void negationReIncludesAndTheLastMatchWins() {
    IgnoreRules rules = rules("data/*", "!data/keep.csv", "*.csv", "!important.csv");
    assertThat(rules.ignores("data/big.bin", false)).isTrue();
    assertThat(rules.ignores("data/keep.csv", false)).isTrue(); // *.csv comes later
    assertThat(rules.ignores("important.csv", false)).isFalse();
    assertThat(rules("*.log", "!keep.log").ignores("keep.log", false)).isFalse();
  }

  @Test
  void doubleStarsQuestionMarksClassesCommentsAndEscapes() {
    IgnoreRules rules =
        rules(
            "# a comment", "", "**/cache", "out/**", "run?.txt", "[ab]x.txt", "\\#hash", "a/**/z");
    assertThat(rules.ignores("cache", true)).isTrue();
    assertThat(rules.ignores("x/y/cache", true)).isTrue();
    assertThat(rules.ignores("out/a/b.txt", false)).isTrue();
    assertThat(rules.ignores("out", true)).isFalse();
    assertThat(rules.ignores("run1.txt", false)).isTrue();
    assertThat(rules.ignores("run10.txt", false)).isFalse();
    assertThat(rules.ignores("ax.txt", false)).isTrue();
    assertThat(rules.ignores("cx.txt", false)).isFalse();
    assertThat(rules.ignores("#hash", false)).isTrue();
    assertThat(rules.ignores("# a comment", false)).isFalse();
    assertThat(rules.ignores("a/z", false)).isTrue();
    assertThat(rules.ignores("a/b/c/z", false)).isTrue();
  }

  @Test
  void gitAndTheCliStateAreAlwaysLeftOut() {
    IgnoreRules rules = rules();
    assertThat(rules.ignores(".git", true)).isTrue();
    assertThat(rules.ignores(".polyaxon", true)).isTrue();
    assertThat(rules.ignores(".polyaxonignore", false)).isFalse();
  }

  @Test
  void theArchiveSkipsIgnoredDirectoriesWhole(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("logs/deep"));
    Files.writeString(dir.resolve("logs/deep/keep.txt"), "x");
    Files.writeString(dir.resolve("a.txt"), "a");
    Files.writeString(dir.resolve(".polyaxonignore"), "logs/\n!logs/deep/keep.txt\n");
    // As in git, a file cannot be re-included when its directory is excluded.
    assertThat(CodeArchive.files(dir, IgnoreRules.in(dir)))
        .containsExactly(".polyaxonignore", "a.txt");
  }
}

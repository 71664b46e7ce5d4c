package org.polyaxon.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polyaxon.cli.Version;

/** On a fresh checkout the launcher builds what it needs once, then runs straight away. */
class LauncherBuildIT {
  private static final Set<String> NOT_COPIED = Set.of("target", ".git", "node_modules");
  private static final Duration BUILD_LIMIT = Duration.ofMinutes(5);

  @Test
  void buildsOnFirstUseOnlyAndAgainWhenSourcesChange(@TempDir Path dir) throws Exception {
    Path checkout = dir.resolve("checkout");
    copySources(LauncherProcess.repositoryRoot(), checkout);
    Map<String, String> env = Map.of("POLYAXON_HOME", dir.resolve("home").toString());

    try (LauncherProcess first = LauncherProcess.start(checkout, env, "--version")) {
      assertThat(first.awaitExit(BUILD_LIMIT)).as(first.output()).isZero();
      assertThat(first.lines()).hasSize(2);
      assertThat(first.lines().get(0)).startsWith("polyaxon: building the platform");
      assertThat(first.lines().get(1)).isEqualTo("polyaxon " + Version.current());
    }
    assertThat(checkout.resolve("server/target/polyaxon.jar")).isRegularFile();

    try (LauncherProcess second = LauncherProcess.start(checkout, env, "--version")) {
      assertThat(second.awaitExit(BUILD_LIMIT)).isZero();
      assertThat(second.lines()).containsExactly("polyaxon " + Version.current());
    }

    Path source = checkout.resolve("cli/src/main/java/org/polyaxon/cli/Version.java");
    Files.setLastModifiedTime(
        source,
        FileTime.fromMillis(
            Files.getLastModifiedTime(checkout.resolve("server/target/polyaxon.jar")).toMillis()
                + 2_000));
    try (LauncherProcess afterEdit = LauncherProcess.start(checkout, env, "--version")) {
      assertThat(afterEdit.awaitExit(BUILD_LIMIT)).as(afterEdit.output()).isZero();
      assertThat(afterEdit.lines().get(0)).startsWith("polyaxon: building the platform");
    }
  }

  private static void copySources(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      paths
          .filter(path -> from.relativize(path).toString().isEmpty() || !excluded(from, path))
          .forEach(path -> copy(path, to.resolve(from.relativize(path).toString())));
    }
  }

  private static boolean excluded(Path root, Path path) {
    for (Path part : root.relativize(path)) {
      if (NOT_COPIED.contains(part.toString())) {
        return true;
      }
    }
    return false;
  }

  private static void copy(Path source, Path target) {
    try {
      if (Files.isDirectory(source)) {
        Files.createDirectories(target);
      } else {
        Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

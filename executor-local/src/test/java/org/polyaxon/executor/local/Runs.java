package org.polyaxon.executor.local;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.polyaxon.core.executor.Execution;
import org.polyaxon.core.executor.ExecutionPhase;
import org.polyaxon.core.executor.Executor;
import org.polyaxon.core.executor.Launch;

/** Launches and waits shared by the tests; {@code dir} holds the working directory and logs. */
final class Runs {
  /**
   * A command fragment that blocks until the test creates {@code release} in the run's cwd. It
   * gives up once the test's temporary directory is gone, so a failed test leaves no process.
   */
  static final String AWAIT_RELEASE =
      "while [ ! -e release ]; do [ -e \"$PWD\" ] || exit 9; sleep 0.02; done";

  static final Duration PATIENCE = Duration.ofSeconds(30);

  private Runs() {}

  static String newUuid() {
    return UUID.randomUUID().toString().replace("-", "");
  }

  static Launch launch(Path dir, String command) {
    return launch(dir, command, Map.of(), null);
  }

  static Launch launch(Path dir, String command, Map<String, String> environment, String image) {
    String uuid = newUuid();
    return new Launch(
        uuid,
        command,
        image,
        dir,
        environment,
        dir.resolve("logs").resolve(uuid + ".log"),
        Map.of("cpu", "1", "memory", "256"),
        Map.of("project", "mnist"));
  }

  /** Kills what a failed test left running. */
  static void stopAll(LocalExecutor executor) {
    for (Execution execution : executor.list()) {
      if (execution.finishedAt() == null) {
        executor.stop(execution.runUuid(), Duration.ZERO);
      }
    }
  }

  static Execution awaitPhase(Executor executor, String uuid, ExecutionPhase phase) {
    return await()
        .atMost(PATIENCE)
        .pollInterval(Duration.ofMillis(20))
        .until(
            () -> executor.inspect(uuid).orElse(null),
            execution -> execution != null && execution.phase() == phase);
  }

  static Execution awaitEnd(Executor executor, String uuid) {
    return await()
        .atMost(PATIENCE)
        .pollInterval(Duration.ofMillis(20))
        .until(
            () -> executor.inspect(uuid).orElseThrow(),
            execution -> execution.finishedAt() != null);
  }

  /** Waits until the log holds a line ending with {@code text}. */
  static void awaitLogLine(Launch launch, String text) {
    await()
        .atMost(PATIENCE)
        .pollInterval(Duration.ofMillis(20))
        .until(() -> messages(launch).contains(text));
  }

  static void release(Path dir) {
    try {
      Files.writeString(dir.resolve("release"), "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> logLines(Launch launch) {
    try {
      return Files.exists(launch.logFile()) ? Files.readAllLines(launch.logFile()) : List.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The log lines without their timestamps. */
  static List<String> messages(Launch launch) {
    return logLines(launch).stream()
        .map(line -> line.substring(Math.min(line.length(), line.indexOf(' ') + 1)))
        .toList();
  }

  static Optional<String> stateFile(Path stateRoot, String uuid, String name) {
    Path file = stateRoot.resolve(uuid).resolve(name);
    try {
      return Files.exists(file) ? Optional.of(Files.readString(file)) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

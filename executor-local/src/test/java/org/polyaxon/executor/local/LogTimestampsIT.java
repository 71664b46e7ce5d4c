package org.polyaxon.executor.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.polyaxon.executor.local.Runs.awaitEnd;
import static org.polyaxon.executor.local.Runs.launch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.polyaxon.core.executor.ExecutionPhase;
import org.polyaxon.core.executor.Launch;

/** Both timestampers write the same log: every line of stdout and stderr, stamped, in order. */
class LogTimestampsIT {
  private static final Pattern STAMPED =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z) (.*)", Pattern.DOTALL);

  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(Timestamper.class)
  void everyOutputLineIsStampedInOrderAsItHappens(Timestamper timestamper) throws Exception {
    String longLine = "x".repeat(100_000);
    Launch launch =
        launch(
            dir,
            String.join(
                "\n",
                "echo out 1",
                "echo err 1 >&2",
                "echo out 2",
                "printf 'err 2 with  two spaces and a tab\\t\\n' >&2",
                "echo",
                "printf 'x%.0s' {1..100000}; echo",
                Runs.AWAIT_RELEASE,
                "echo after release",
                "printf 'no trailing newline'"));
    Files.createDirectories(launch.logFile().getParent());
    Files.writeString(launch.logFile(), "2024-01-01T00:00:00.000Z an earlier line\n");
    Instant before = Instant.now();
    try (LocalExecutor executor =
        new LocalExecutor(dir.resolve("runs"), Clock.systemUTC(), timestamper, Map.of())) {
      executor.start(launch);
      // Lines reach the log while the command still runs, not at its end.
      Runs.awaitLogLine(launch, longLine);
      assertThat(executor.inspect(launch.runUuid()).orElseThrow().phase())
          .isEqualTo(ExecutionPhase.RUNNING);
      Runs.release(dir);
      assertThat(awaitEnd(executor, launch.runUuid()).phase()).isEqualTo(ExecutionPhase.SUCCEEDED);
    }
    Instant after = Instant.now();

    List<String> lines = Runs.logLines(launch);
    assertThat(lines.get(0)).isEqualTo("2024-01-01T00:00:00.000Z an earlier line");
    List<String> messages = new ArrayList<>();
    Instant previous = before.minusMillis(1);
    for (String line : lines.subList(1, lines.size())) {
      Matcher matcher = STAMPED.matcher(line);
      assertThat(matcher.matches()).as("stamped: %s", line).isTrue();
      Instant stamp = DateTimeFormatter.ISO_INSTANT.parse(matcher.group(1), Instant::from);
      assertThat(stamp)
          .isAfterOrEqualTo(previous.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
      assertThat(stamp).isBeforeOrEqualTo(after);
      previous = stamp;
      messages.add(matcher.group(2));
    }
    assertThat(messages)
        .containsExactly(
            "out 1",
            "err 1",
            "out 2",
            "err 2 with  two spaces and a tab\t",
            "",
            longLine,
            "after release",
            "no trailing newline");
    assertThat(Files.readString(launch.logFile())).endsWith("no trailing newline\n");
  }
}

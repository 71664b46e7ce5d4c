package org.polyaxon.server.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polyaxon.artifacts.ExtractionLimits;
import org.polyaxon.artifacts.LocalArtifactRoots;
import org.polyaxon.artifacts.LocalArtifactStore;
import org.polyaxon.core.artifact.RunPath;
import org.polyaxon.core.run.RunKind;
import org.polyaxon.core.status.Status;

/**
 * A follower on a real log file of the local artifact store, pumped on the calling thread, with a
 * sink that records what it got and can refuse more (a slow client).
 */
class LogFollowerTest {
  private static final LiveLogs.Timing TIMING =
      new LiveLogs.Timing(Duration.ofNanos(1), Duration.ofNanos(1), Duration.ofHours(1));

  @TempDir Path root;
  private Path log;
  private Status runStatus = Status.RUNNING;
  private long now;
  private RunLogWatch watch;
  private final RecordingSink sink = new RecordingSink();
  private final AtomicInteger finished = new AtomicInteger();
  private LogFollower follower;

  @BeforeEach
  void follow() throws IOException {
    LocalArtifactRoots roots =
        new LocalArtifactRoots(
            root.resolve("repos"),
            root.resolve("outputs"),
            root.resolve("logs"),
            root.resolve("up"));
    RunPath run = RunPath.of("ada", "mnist", RunKind.JOB, 1, null);
    log = Files.createDirectories(root.resolve("logs/ada/mnist/jobs/1")).resolve("run.log");
    watch =
        new RunLogWatch(
            7,
            RunKind.JOB,
            runStatus,
            new LogFile(
                new LocalArtifactStore(roots, ExtractionLimits.forUploads(1024)), run, "run.log"),
            id -> Optional.of(runStatus),
            TIMING,
            now);
    follower =
        new LogFollower(
            watch, 0, sink, Runnable::run, f -> finished.incrementAndGet(), () -> now, 1000);
    watch.add(follower);
  }

  private void append(String text) throws IOException {
    Files.writeString(
        log, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  /** One poll of the shared watch, as its thread would do it. */
  private void tick() {
    now += 10;
    watch.tick(now);
  }

  @Test
  void sendsTheStatusThenEachWholeLineOnceAsTheFileGrows() throws IOException {
    follower.wake();
    append("a\nb");
    tick();
    append("\nc\n");
    tick();
    tick();

    assertThat(sink.events).containsExactly("status running", "a@2", "b@4", "c@6");
  }

  @Test
  void aNewStatusIsSentAndTheFinalOneEndsTheStreamWithTheLastPartialLine() throws IOException {
    runStatus = Status.SCHEDULED;
    tick();
    append("a\nlast");
    runStatus = Status.SUCCEEDED;
    tick();

    assertThat(sink.events).containsExactly("status scheduled", "a@2", "last@6", "end succeeded");
    assertThat(finished).hasValue(1);
  }

  @Test
  void aClientThatIsNotReadyGetsOneChunkAtMostUntilItResumesThenExactlyTheRest()
      throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      text.append("line-").append(i).append('\n');
    }
    append(text.toString());
    sink.acceptsMore = false;

    follower.wake();
    tick();
    int linesInFirstChunk = sink.lines().size();
    assertThat(linesInFirstChunk).isPositive();
    assertThat(sink.bytes).isLessThanOrEqualTo(LogFollower.CHUNK_BYTES);

    sink.acceptsMore = true;
    sink.resume.run();

    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      expected.add("line-" + i);
    }
    assertThat(sink.lines()).isEqualTo(expected);
  }

  @Test
  void aCancelledFollowerSendsNothingMore() throws IOException {
    follower.wake();
    follower.cancel();
    follower.cancel();
    append("a\n");
    tick();

    assertThat(sink.events).containsExactly("status running");
    assertThat(finished).hasValue(1);
  }

  @Test
  void aDeletedRunIsGone() {
    watch =
        new RunLogWatch(
            7, RunKind.JOB, Status.RUNNING, watch.file(), id -> Optional.empty(), TIMING, now);
    LogFollower orphan =
        new LogFollower(watch, 0, sink, Runnable::run, f -> finished.incrementAndGet(), () -> 0, 1);
    watch.add(orphan);

    tick();

    assertThat(sink.events).containsExactly("gone The run was deleted");
  }

  private static final class RecordingSink implements LogSink {
    final List<String> events = new ArrayList<>();
    boolean acceptsMore = true;
    long bytes;
    Runnable resume;

    List<String> lines() {
      return events.stream()
          .filter(e -> e.contains("@"))
          .map(e -> e.substring(0, e.indexOf('@')))
          .toList();
    }

    @Override
    public boolean ready() {
      // A slow client: it takes one batch, then nothing until resumed.
      return acceptsMore || bytes == 0;
    }

    @Override
    public void attach(Runnable resume) {
      this.resume = resume;
    }

    @Override
    public void status(Status status) {
      events.add("status " + status.wireName());
    }

    @Override
    public void line(LogLine line) {
      bytes += line.text().length() + 1;
      events.add(line.text() + "@" + line.endOffset());
    }

    @Override
    public void flush() {}

    @Override
    public void heartbeat() {}

    @Override
    public void end(Status status) {
      events.add("end " + status.wireName());
    }

    @Override
    public void gone(String reason) {
      events.add("gone " + reason);
    }

    @Override
    public boolean closed() {
      return false;
    }
  }
}

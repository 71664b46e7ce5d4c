package org.polyaxon.executor.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.polyaxon.executor.local.Runs.awaitEnd;
import static org.polyaxon.executor.local.Runs.launch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polyaxon.core.executor.Execution;
import org.polyaxon.core.executor.ExecutionPhase;
import org.polyaxon.core.executor.Launch;

class LocalExecutorIT {
  @TempDir Path dir;
  private Path stateRoot;
  private LocalExecutor executor;

  @BeforeEach
  void createExecutor() {
    stateRoot = dir.resolve("runs");
    executor = new LocalExecutor(stateRoot, Clock.systemUTC());
  }

  @AfterEach
  void closeExecutor() {
    Runs.stopAll(executor);
    executor.close();
  }

  @Test
  void aCommandThatExitsZeroSucceeds() {
    Launch launch = launch(dir, "echo hello");
    executor.start(launch);

    Execution execution = awaitEnd(executor, launch.runUuid());

    assertThat(execution.phase()).isEqualTo(ExecutionPhase.SUCCEEDED);
    assertThat(execution.exitCode()).hasValue(0);
    assertThat(execution.message()).isEmpty();
    assertThat(execution.finishedAt()).isAfterOrEqualTo(execution.startedAt());
    assertThat(Runs.messages(launch)).containsExactly("hello");
    // The wrapper's own stderr stays empty when all goes well.
    assertThat(Runs.stateFile(stateRoot, launch.runUuid(), RunDirectory.WRAPPER_LOG)).contains("");
  }

  @Test
  void aCommandThatExitsNonZeroFailsWithItsCode() {
    Launch launch = launch(dir, "echo about to fail; exit 3");
    executor.start(launch);

    Execution execution = awaitEnd(executor, launch.runUuid());

    assertThat(execution.phase()).isEqualTo(ExecutionPhase.FAILED);
    assertThat(execution.exitCode()).hasValue(3);
    assertThat(execution.message()).isEqualTo("exit code 3");
  }

  @Test
  void theCommandRunsInTheLaunchWorkingDirectory() throws Exception {
    Path code = Files.createDirectories(dir.resolve("project code"));
    Launch base = launch(dir, "pwd; cat train.py");
    Files.writeString(code.resolve("train.py"), "print('train')");
    Launch launch =
        new Launch(
            base.runUuid(),
            base.command(),
            null,
            code,
            Map.of(),
            base.logFile(),
            Map.of(),
            Map.of());
    executor.start(launch);

    assertThat(awaitEnd(executor, launch.runUuid()).phase()).isEqualTo(ExecutionPhase.SUCCEEDED);
    assertThat(Runs.messages(launch))
        .containsExactly(code.toRealPath().toString(), "print('train')");
  }

  @Test
  void aMissingWorkingDirectoryFailsTheRunWithTheReason() {
    Launch base = launch(dir, "echo never");
    Path missing = dir.resolve("missing");
    Launch launch =
        new Launch(
            base.runUuid(),
            "echo never",
            null,
            missing,
            Map.of(),
            base.logFile(),
            Map.of(),
            Map.of());
    executor.start(launch);

    Execution execution = executor.inspect(launch.runUuid()).orElseThrow();
    assertThat(execution.phase()).isEqualTo(ExecutionPhase.FAILED);
    assertThat(execution.exitCode()).isEmpty();
    assertThat(execution.message()).isEqualTo("working directory " + missing + " does not exist");
  }

  @Test
  void anImageIsRecordedAndSaidToBeUnused() {
    Launch launch = launch(dir, "echo ran", Map.of(), "tensorflow/tensorflow:1.13.1-py3");
    executor.start(launch);

    Execution execution = awaitEnd(executor, launch.runUuid());

    assertThat(execution.phase()).isEqualTo(ExecutionPhase.SUCCEEDED);
    assertThat(execution.message())
        .isEqualTo(
            "image tensorflow/tensorflow:1.13.1-py3 recorded;"
                + " the local executor runs the command on this machine");
    assertThat(Runs.stateFile(stateRoot, launch.runUuid(), RunDirectory.LAUNCH).orElseThrow())
        .contains("image=tensorflow/tensorflow\\:1.13.1-py3")
        .contains("resource.cpu=1")
        .contains("resource.memory=256")
        .contains("label.project=mnist");
  }

  @Test
  void twoConcurrentStartsOfOneRunStartOneProcess() throws Exception {
    Launch launch = launch(dir, "echo started >> starts; " + Runs.AWAIT_RELEASE);
    CyclicBarrier together = new CyclicBarrier(2);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> starts =
          List.of(
              threads.submit(
                  () -> {
                    together.await();
                    executor.start(launch);
                    return null;
                  }),
              threads.submit(
                  () -> {
                    together.await();
                    executor.start(launch);
                    return null;
                  }));
      for (Future<?> start : starts) {
        start.get();
      }
    } finally {
      threads.shutdown();
    }
    Runs.awaitPhase(executor, launch.runUuid(), ExecutionPhase.RUNNING);
    executor.start(launch);
    Runs.release(dir);
    assertThat(awaitEnd(executor, launch.runUuid()).phase()).isEqualTo(ExecutionPhase.SUCCEEDED);
    // A start after the end does nothing either.
    executor.start(launch);

    assertThat(executor.inspect(launch.runUuid()).orElseThrow().phase())
        .isEqualTo(ExecutionPhase.SUCCEEDED);
    assertThat(Files.readAllLines(dir.resolve("starts"))).containsExactly("started");
  }

  @Test
  void listShowsEveryRunAndRemoveForgetsAFinishedOne() {
    Launch done = launch(dir, "true");
    Launch running = launch(dir, Runs.AWAIT_RELEASE);
    executor.start(done);
    executor.start(running);
    awaitEnd(executor, done.runUuid());

    assertThat(executor.list())
        .extracting(Execution::runUuid, Execution::phase)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(done.runUuid(), ExecutionPhase.SUCCEEDED),
            org.assertj.core.groups.Tuple.tuple(running.runUuid(), ExecutionPhase.RUNNING));

    executor.remove(done.runUuid());
    Runs.release(dir);
    awaitEnd(executor, running.runUuid());

    assertThat(executor.inspect(done.runUuid())).isEmpty();
    assertThat(executor.list()).extracting(Execution::runUuid).containsExactly(running.runUuid());
    assertThat(done.logFile()).exists();
  }

  @Test
  void aProcessThatEscapesTheGroupWithTheOutputOpenDoesNotKeepTheRunRunning() throws Exception {
    Launch launch = launch(dir, "setsid sleep 1000 & echo $! > escaped.pid; echo main done");
    try {
      executor.start(launch);

      Execution execution = awaitEnd(executor, launch.runUuid());

      assertThat(execution.phase()).isEqualTo(ExecutionPhase.SUCCEEDED);
      assertThat(Runs.messages(launch)).containsExactly("main done");
    } finally {
      long escaped = Long.parseLong(Files.readString(dir.resolve("escaped.pid")).trim());
      ProcessHandle.of(escaped).ifPresent(ProcessHandle::destroyForcibly);
    }
  }

  @Test
  void anUnknownRunHasNoExecution() {
    assertThat(executor.inspect(Runs.newUuid())).isEmpty();
    assertThat(executor.list()).isEmpty();
  }
}

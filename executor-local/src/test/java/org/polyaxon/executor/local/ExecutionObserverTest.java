package org.polyaxon.executor.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polyaxon.core.executor.Execution;
import org.polyaxon.core.executor.ExecutionPhase;
import org.polyaxon.core.executor.Launch;
import org.polyaxon.testing.MutableClock;

/** Every state-directory shape and the execution it reads as; liveness is faked. */
class ExecutionObserverTest {
  private static final Instant STARTED = Instant.parse("2024-05-01T10:00:00Z");
  private static final String PID = "4242 1234 4243 boot-1\n";

  @TempDir Path root;
  private final MutableClock clock = MutableClock.at(STARTED);
  private final AtomicBoolean alive = new AtomicBoolean();
  private final AtomicBoolean commandAlive = new AtomicBoolean();
  private final ExecutionObserver observer =
      new ExecutionObserver(record -> alive.get(), record -> commandAlive.get(), clock);
  private RunDirectory run;

  @BeforeEach
  void createRun() throws Exception {
    run = RunDirectory.of(root, "0123456789abcdef0123456789abcdef");
    assertThat(run.claim()).isTrue();
  }

  private void recordLaunch(String image) throws Exception {
    Launch launch =
        new Launch(
            run.runUuid(), "true", image, root, Map.of(), root.resolve("log"), Map.of(), Map.of());
    run.publish(RunDirectory.LAUNCH, LaunchRecord.of(launch, STARTED).format());
  }

  private Execution observe() {
    return observer.observe(run, false).orElseThrow();
  }

  @Test
  void noDirectoryIsNoExecution() {
    assertThat(observer.observe(RunDirectory.of(root, "other"), false)).isEmpty();
  }

  @Test
  void aRunWithoutPidIsPendingWhileYoungOrStartingHereThenUnknown() throws Exception {
    assertThat(observer.observe(run, true).orElseThrow().phase()).isEqualTo(ExecutionPhase.PENDING);
    recordLaunch(null);
    assertThat(observe().phase()).isEqualTo(ExecutionPhase.PENDING);

    clock.advance(ExecutionObserver.START_TIMEOUT.plus(Duration.ofMillis(1)));

    Execution abandoned = observe();
    assertThat(abandoned.phase()).isEqualTo(ExecutionPhase.UNKNOWN);
    assertThat(abandoned.message()).contains("stopped while starting");
    assertThat(observer.observe(run, true).orElseThrow().phase()).isEqualTo(ExecutionPhase.PENDING);
  }

  @Test
  void aLiveWrapperIsRunningAndStoppingOnceAsked() throws Exception {
    recordLaunch(null);
    run.publish(RunDirectory.PID, PID);
    alive.set(true);

    Execution running = observe();
    assertThat(running.phase()).isEqualTo(ExecutionPhase.RUNNING);
    assertThat(running.startedAt()).isEqualTo(STARTED);
    assertThat(running.finishedAt()).isNull();
    assertThat(running.exitCode()).isEmpty();

    run.publish(RunDirectory.STOPPED, STARTED.toString());
    assertThat(observe().phase()).isEqualTo(ExecutionPhase.RUNNING);
    assertThat(observe().message()).isEqualTo("stopping");
  }

  @Test
  void theExitRecordDecidesSucceededFailedOrStopped() throws Exception {
    recordLaunch(null);
    run.publish(RunDirectory.PID, PID);
    run.publish(RunDirectory.EXIT, "0 1714557605123\n");

    Execution succeeded = observe();
    assertThat(succeeded.phase()).isEqualTo(ExecutionPhase.SUCCEEDED);
    assertThat(succeeded.exitCode()).hasValue(0);
    assertThat(succeeded.finishedAt()).isEqualTo(Instant.parse("2024-05-01T10:00:05.123Z"));

    run.publish(RunDirectory.EXIT, "2 1714557605123\n");
    assertThat(observe().phase()).isEqualTo(ExecutionPhase.FAILED);
    assertThat(observe().message()).isEqualTo("exit code 2");

    run.publish(RunDirectory.STOPPED, STARTED.toString());
    run.publish(RunDirectory.EXIT, "143 1714557605123\n");
    assertThat(observe().phase()).isEqualTo(ExecutionPhase.STOPPED);
    assertThat(observe().exitCode()).hasValue(143);
    assertThat(observe().message()).isEqualTo("stopped (exit code 143)");
  }

  @Test
  void aDeadWrapperWithoutExitRecordIsUnknownOrStoppedIfAsked() throws Exception {
    recordLaunch(null);
    run.publish(RunDirectory.PID, PID);

    assertThat(observe().phase()).isEqualTo(ExecutionPhase.UNKNOWN);
    assertThat(observe().message()).contains("ended without recording an exit code");

    run.publish(RunDirectory.STOPPED, STARTED.toString());
    assertThat(observe().phase()).isEqualTo(ExecutionPhase.STOPPED);
    assertThat(observe().exitCode()).isEmpty();
  }

  @Test
  void aCommandThatOutlivesItsWrapperStillRunsUntilItEnds() throws Exception {
    recordLaunch(null);
    run.publish(RunDirectory.PID, PID);
    commandAlive.set(true);

    assertThat(observe().phase()).isEqualTo(ExecutionPhase.RUNNING);
    assertThat(observe().message())
        .isEqualTo("the executor's wrapper is gone; the command runs on");
    run.publish(RunDirectory.STOPPED, STARTED.toString());
    assertThat(observe().phase()).isEqualTo(ExecutionPhase.RUNNING);
    assertThat(observe().message()).isEqualTo("stopping");

    commandAlive.set(false);
    assertThat(observe().phase()).isEqualTo(ExecutionPhase.STOPPED);
    assertThat(observe().message()).isEqualTo("stopped; no exit code");
  }

  @Test
  void damagedRecordsAreUnknownWithWhatWasFound() throws Exception {
    recordLaunch(null);
    run.publish(RunDirectory.PID, "garbage");
    assertThat(observe().phase()).isEqualTo(ExecutionPhase.UNKNOWN);
    assertThat(observe().message()).isEqualTo("the process record is damaged: garbage");

    run.publish(RunDirectory.EXIT, "x");
    assertThat(observe().phase()).isEqualTo(ExecutionPhase.UNKNOWN);
    assertThat(observe().message()).isEqualTo("the exit record is damaged: x");
  }

  @Test
  void anUnreadableStateIsUnknownWithTheReasonInsteadOfAnError() throws Exception {
    recordLaunch(null);
    // A record that cannot be read as a file: reading it fails with an I/O error.
    Files.createDirectory(run.file(RunDirectory.PID));

    Execution unreadable = observe();

    assertThat(unreadable.phase()).isEqualTo(ExecutionPhase.UNKNOWN);
    assertThat(unreadable.message())
        .isEqualTo(
            "the run's state cannot be read: " + run.file(RunDirectory.PID) + ": Is a directory");
  }

  @Test
  void aStartErrorFailsTheRunWithItsReasonAndTheImageNote() throws Exception {
    recordLaunch("python:3.7");
    run.publish(RunDirectory.ERROR, "working directory /nowhere does not exist");

    Execution failed = observe();
    assertThat(failed.phase()).isEqualTo(ExecutionPhase.FAILED);
    assertThat(failed.exitCode()).isEmpty();
    assertThat(failed.finishedAt()).isEqualTo(STARTED);
    assertThat(failed.message())
        .isEqualTo(
            "working directory /nowhere does not exist; image python:3.7 recorded;"
                + " the local executor runs the command on this machine");
  }

  @Test
  void aMissingLaunchRecordFallsBackToTheDirectoryTime() throws Exception {
    run.publish(RunDirectory.PID, PID);
    run.publish(RunDirectory.EXIT, "0 1714557605123\n");

    assertThat(observe().startedAt()).isEqualTo(Files.getLastModifiedTime(run.path()).toInstant());
  }
}

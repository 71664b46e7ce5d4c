package org.polyaxon.executor.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.polyaxon.executor.local.Runs.awaitEnd;
import static org.polyaxon.executor.local.Runs.launch;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polyaxon.core.executor.Execution;
import org.polyaxon.core.executor.ExecutionPhase;
import org.polyaxon.core.executor.Launch;

class StopIT {
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
  void aCommandThatHandlesSigtermEndsCleanlyWithinTheGraceAndIsStopped() {
    Launch launch =
        launch(
            dir,
            "trap 'echo cleaning up; exit 0' TERM; echo ready; sleep 1000 & wait $!; echo not"
                + " reached");
    executor.start(launch);
    Runs.awaitLogLine(launch, "ready");

    Instant asked = Instant.now();
    executor.stop(launch.runUuid(), Duration.ofMinutes(5));
    Duration stopCall = Duration.between(asked, Instant.now());
    Execution execution = awaitEnd(executor, launch.runUuid());

    assertThat(stopCall).isLessThan(Duration.ofSeconds(5));
    assertThat(execution.phase()).isEqualTo(ExecutionPhase.STOPPED);
    assertThat(execution.exitCode()).hasValue(0);
    assertThat(execution.message()).isEqualTo("stopped (exit code 0)");
    // Well within the five minutes of grace: the SIGTERM did it, not a SIGKILL.
    assertThat(execution.finishedAt()).isBefore(asked.plus(Duration.ofMinutes(1)));
    assertThat(Runs.messages(launch)).containsExactly("ready", "cleaning up");
  }

  @Test
  void aCommandWhoseWrapperWasKilledRunsOnAndCanStillBeStopped() throws Exception {
    Launch launch = launch(dir, "echo ready; sleep 1000");
    executor.start(launch);
    Runs.awaitLogLine(launch, "ready");
    ProcessRecord record = processRecord(launch);
    ProcessHandle wrapper = ProcessHandle.of(record.wrapperPid()).orElseThrow();
    ProcessHandle command = ProcessHandle.of(record.commandGroup()).orElseThrow();

    // The wrapper alone dies (an OOM kill, a stray kill -9); the command's group is untouched.
    wrapper.destroyForcibly();
    wrapper.onExit().get(30, TimeUnit.SECONDS);

    Execution orphaned = executor.inspect(launch.runUuid()).orElseThrow();
    assertThat(orphaned.phase()).isEqualTo(ExecutionPhase.RUNNING);
    assertThat(orphaned.message()).isEqualTo("the executor's wrapper is gone; the command runs on");
    assertThat(command.isAlive()).isTrue();

    executor.stop(launch.runUuid(), Duration.ofSeconds(5));
    Execution execution = awaitEnd(executor, launch.runUuid());

    assertThat(execution.phase()).isEqualTo(ExecutionPhase.STOPPED);
    assertThat(execution.message()).isEqualTo("stopped; no exit code");
    command.onExit().get(30, TimeUnit.SECONDS);
  }

  @Test
  void aCommandThatIgnoresSigtermIsKilledAfterTheGraceAndIsStopped() {
    Launch launch = launch(dir, "trap '' TERM; echo ready; sleep 1000 & wait $!; echo not reached");
    executor.start(launch);
    Runs.awaitLogLine(launch, "ready");

    // Long enough that a slow stop() call on a loaded machine still returns within it.
    Duration grace = Duration.ofMillis(1500);
    Instant asked = Instant.now();
    executor.stop(launch.runUuid(), grace);
    Duration stopCall = Duration.between(asked, Instant.now());
    Execution execution = awaitEnd(executor, launch.runUuid());

    assertThat(stopCall).isLessThan(grace);
    assertThat(execution.phase()).isEqualTo(ExecutionPhase.STOPPED);
    assertThat(execution.exitCode()).hasValue(137);
    assertThat(execution.message()).isEqualTo("stopped (exit code 137)");
    assertThat(execution.finishedAt()).isAfterOrEqualTo(asked.plus(grace).minusMillis(20));
    assertThat(Runs.messages(launch)).containsExactly("ready");
    assertThat(Runs.stateFile(stateRoot, launch.runUuid(), RunDirectory.STOPPED)).isPresent();
    assertThat(Runs.stateFile(stateRoot, launch.runUuid(), RunDirectory.WRAPPER_LOG)).contains("");
  }

  /**
   * Stops that land while the wrapper is still setting up. With bash 5.2's {@code wait -f} about
   * one run in a hundred left its wrapper spinning at full CPU for ever, still "stopping"; the
   * jitter spreads the stops over the first tens of milliseconds of the runs, where it happened.
   */
  @Test
  void runsStoppedJustAfterTheyStartAllEnd() {
    Random jitter = new Random(42);
    List<String> runs = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      Launch launch = launch(dir, "sleep 1000");
      executor.start(launch);
      LockSupport.parkNanos(Duration.ofMillis(jitter.nextInt(30)).toNanos());
      executor.stop(launch.runUuid(), Duration.ZERO);
      runs.add(launch.runUuid());
    }

    for (String run : runs) {
      Execution execution = awaitEnd(executor, run);
      assertThat(execution.phase()).as(run).isEqualTo(ExecutionPhase.STOPPED);
      assertThat(execution.exitCode()).as(run).isPresent();
    }
  }

  @Test
  void aSuspendedCommandIsStillRunningAndEndsOnceContinued() throws Exception {
    Launch launch = launch(dir, "echo ready; kill -STOP $$; echo resumed");
    executor.start(launch);
    Runs.awaitLogLine(launch, "ready");
    ProcessRecord record = processRecord(launch);
    LinuxProcesses processes = new LinuxProcesses();
    await()
        .atMost(Runs.PATIENCE)
        .until(
            () ->
                processes
                    .stat(record.commandGroup())
                    .map(stat -> stat.state() == 'T')
                    .orElse(false));

    assertThat(executor.inspect(launch.runUuid()).orElseThrow().phase())
        .isEqualTo(ExecutionPhase.RUNNING);
    processes.signalGroup(record.commandGroup(), "CONT");
    Execution execution = awaitEnd(executor, launch.runUuid());

    assertThat(execution.phase()).isEqualTo(ExecutionPhase.SUCCEEDED);
    assertThat(execution.exitCode()).hasValue(0);
    assertThat(Runs.messages(launch)).containsExactly("ready", "resumed");
  }

  @Test
  void aStoppedRunIsStoppedForANewExecutorToo() {
    Launch launch = launch(dir, "echo ready; sleep 1000");
    executor.start(launch);
    Runs.awaitLogLine(launch, "ready");
    executor.stop(launch.runUuid(), Duration.ofSeconds(30));
    awaitEnd(executor, launch.runUuid());

    try (LocalExecutor restarted = new LocalExecutor(stateRoot, Clock.systemUTC())) {
      Execution execution = restarted.inspect(launch.runUuid()).orElseThrow();
      assertThat(execution.phase()).isEqualTo(ExecutionPhase.STOPPED);
      assertThat(execution.exitCode()).hasValue(143);
    }
  }

  @Test
  void stoppingAFinishedOrUnknownRunDoesNothing() {
    Launch launch = launch(dir, "exit 4");
    executor.start(launch);
    awaitEnd(executor, launch.runUuid());

    executor.stop(launch.runUuid(), Duration.ZERO);
    executor.stop(Runs.newUuid(), Duration.ZERO);

    Execution execution = executor.inspect(launch.runUuid()).orElseThrow();
    assertThat(execution.phase()).isEqualTo(ExecutionPhase.FAILED);
    assertThat(execution.message()).isEqualTo("exit code 4");
    assertThat(executor.list()).hasSize(1);
  }

  private ProcessRecord processRecord(Launch launch) {
    return ProcessRecord.parse(
            Runs.stateFile(stateRoot, launch.runUuid(), RunDirectory.PID).orElseThrow())
        .orElseThrow();
  }
}

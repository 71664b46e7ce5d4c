package org.polyaxon.executor.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.polyaxon.executor.local.Runs.awaitEnd;
import static org.polyaxon.executor.local.Runs.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polyaxon.core.executor.Execution;
import org.polyaxon.core.executor.ExecutionPhase;
import org.polyaxon.core.executor.Launch;

/** A new executor on the same state root reports runs an earlier one started, from files alone. */
class ReattachIT {
  @TempDir Path dir;

  @Test
  void aNewExecutorSeesARunOfADiscardedOneRunningThenSucceeded() {
    Path stateRoot = dir.resolve("runs");
    Launch launch = launch(dir, "echo first; " + Runs.AWAIT_RELEASE + "; echo last");
    LocalExecutor first = new LocalExecutor(stateRoot, Clock.systemUTC());
    first.start(launch);
    Runs.awaitLogLine(launch, "first");
    first.close();

    try (LocalExecutor second = new LocalExecutor(stateRoot, Clock.systemUTC())) {
      Execution running = second.inspect(launch.runUuid()).orElseThrow();
      assertThat(running.phase()).isEqualTo(ExecutionPhase.RUNNING);
      assertThat(running.finishedAt()).isNull();
      assertThat(second.list())
          .extracting(Execution::phase)
          .containsExactly(ExecutionPhase.RUNNING);

      Runs.release(dir);
      Execution done = awaitEnd(second, launch.runUuid());

      assertThat(done.phase()).isEqualTo(ExecutionPhase.SUCCEEDED);
      assertThat(done.exitCode()).hasValue(0);
      assertThat(done.startedAt()).isEqualTo(running.startedAt());
    }
    assertThat(Runs.messages(launch)).containsExactly("first", "last");
  }

  @Test
  void aPidReusedByAnUnrelatedProcessIsNotTakenForTheRun() throws Exception {
    Path stateRoot = dir.resolve("runs");
    Process unrelated = new ProcessBuilder("sleep", "1000").start();
    try {
      LinuxProcesses processes = new LinuxProcesses();
      long ticks = processes.stat(unrelated.pid()).orElseThrow().startTicks();
      String same = writeRun(stateRoot, unrelated.pid(), ticks, processes.bootId());
      String reused = writeRun(stateRoot, unrelated.pid(), ticks + 1, processes.bootId());
      String otherBoot = writeRun(stateRoot, unrelated.pid(), ticks, "another-boot");

      try (LocalExecutor executor = new LocalExecutor(stateRoot, Clock.systemUTC())) {
        // The record that matches the live process shows that the check is not always false.
        assertThat(executor.inspect(same).orElseThrow().phase()).isEqualTo(ExecutionPhase.RUNNING);
        for (String run : new String[] {reused, otherBoot}) {
          Execution execution = executor.inspect(run).orElseThrow();
          assertThat(execution.phase()).isEqualTo(ExecutionPhase.UNKNOWN);
          assertThat(execution.message()).contains("ended without recording an exit code");
        }
      }
    } finally {
      unrelated.destroyForcibly();
      unrelated.waitFor(10, TimeUnit.SECONDS);
    }
  }

  private static String writeRun(Path stateRoot, long pid, long ticks, String bootId)
      throws IOException {
    String uuid = Runs.newUuid();
    Path run = Files.createDirectories(stateRoot.resolve(uuid));
    Files.writeString(
        run.resolve(RunDirectory.LAUNCH),
        "run_uuid=" + uuid + "\nstarted_at=2024-01-01T00:00:00Z\n");
    // The command group is the wrapper's own pid: nothing here is ever signalled.
    Files.writeString(
        run.resolve(RunDirectory.PID),
        new ProcessRecord(pid, ticks, pid, bootId, ticks).format() + "\n");
    return uuid;
  }
}

package org.polyaxon.server.http;

import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.polyaxon.core.executor.Execution;
import org.polyaxon.core.executor.ExecutionPhase;
import org.polyaxon.executor.local.LocalExecutor;

/**
 * Kills the processes a test class's runs still have once its platform is stopped. Runs outlive
 * their server by design; a test's {@code sleep 120} must not outlive the test, load the machine
 * for the tests after it and write into a deleted home.
 */
final class LeftoverRuns {
  private LeftoverRuns() {}

  static void kill(Path runsRoot) {
    try (LocalExecutor executor = new LocalExecutor(runsRoot, Clock.systemUTC())) {
      List<String> live = live(executor);
      live.forEach(uuid -> executor.stop(uuid, Duration.ZERO));
      await().atMost(Duration.ofSeconds(30)).until(() -> live(executor).isEmpty());
    }
  }

  private static List<String> live(LocalExecutor executor) {
    return executor.list().stream()
        .filter(
            execution ->
                execution.phase() == ExecutionPhase.RUNNING
                    || execution.phase() == ExecutionPhase.PENDING)
        .map(Execution::runUuid)
        .toList();
  }
}

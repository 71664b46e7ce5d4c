package org.polyaxon.server.http;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
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
      live(executor).forEach(run -> executor.stop(run.runUuid(), Duration.ZERO));
      try {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> live(executor).isEmpty());
      } catch (ConditionTimeoutException e) {
        throw new AssertionError(
            "runs still live 30 s after SIGKILL:\n"
                + live(executor).stream()
                    .map(
                        run ->
                            run.phase()
                                + " ("
                                + run.message()
                                + ")\n"
                                + RunStateDump.of(runsRoot.resolve(run.runUuid())))
                    .collect(Collectors.joining("\n")),
            e);
      }
    }
  }

  private static List<Execution> live(LocalExecutor executor) {
    return executor.list().stream()
        .filter(
            execution ->
                execution.phase() == ExecutionPhase.RUNNING
                    || execution.phase() == ExecutionPhase.PENDING)
        .toList();
  }
}

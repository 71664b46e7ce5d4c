package org.polyaxon.executor.local;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.polyaxon.core.executor.Launch;

/**
 * A stand-in server for {@link DetachIT}: starts one run, says so on stdout, then waits to be
 * killed. Arguments: state root, working directory, log file, run uuid, command.
 */
public final class StartRunMain {
  private StartRunMain() {}

  public static void main(String[] args) throws InterruptedException {
    Launch launch =
        new Launch(
            args[3],
            args[4],
            null,
            Path.of(args[1]),
            Map.of(),
            Path.of(args[2]),
            Map.of(),
            Map.of());
    LocalExecutor executor = new LocalExecutor(Path.of(args[0]), Clock.systemUTC());
    executor.start(launch);
    System.out.println("started " + executor.inspect(launch.runUuid()).orElseThrow().phase());
    System.out.flush();
    new CountDownLatch(1).await();
  }
}

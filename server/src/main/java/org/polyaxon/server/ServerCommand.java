package org.polyaxon.server;

import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.polyaxon.cli.Version;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code polyaxon server}: runs the whole platform in this process until Ctrl-C or SIGTERM. */
@Command(
    name = "server",
    mixinStandardHelpOptions = true,
    description = {
      "Start the platform on this machine: API and dashboard, scheduler, embedded PostgreSQL.",
      "State is kept in $POLYAXON_HOME (default ~/.polyaxon). Stop with Ctrl-C or SIGTERM."
    })
final class ServerCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(ServerCommand.class);

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(
      names = "--port",
      defaultValue = "8000",
      description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free port).")
  int port;

  @Override
  public Integer call() {
    if (port < 0 || port > 65535) {
      System.err.println("polyaxon server: --port must be between 0 and 65535, got " + port);
      return 2;
    }
    PolyaxonHome home = PolyaxonHome.resolve(System.getenv(), System.getProperty("user.home"));
    Platform platform;
    try {
      platform = Platform.start(new ServerSettings(host, port, home), Clock.systemUTC());
    } catch (StartupException e) {
      System.err.println("polyaxon server: " + e.getMessage());
      return 1;
    } catch (RuntimeException e) {
      LOG.debug("Start-up failed", e);
      System.err.println("polyaxon server: could not start: " + e.getMessage());
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  LOG.info("Shutting down");
                  platform.close();
                  stopped.countDown();
                },
                "polyaxon-shutdown"));
    System.out.printf(
        "Polyaxon %s is up on http://%s:%d (data in %s)%n",
        Version.current(), host, platform.port(), home.root());
    System.out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }
}

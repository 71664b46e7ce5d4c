package org.polyaxon.server;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.polyaxon.cli.Version;
import org.polyaxon.server.config.ConfigException;
import org.polyaxon.server.config.PlatformConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
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

  @Option(
      names = "--role",
      defaultValue = "all",
      converter = RoleConverter.class,
      description = "What this process runs: all, api or scheduler (default: ${DEFAULT-VALUE}).")
  ServerRole role;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Configuration file (default: $POLYAXON_HOME/polyaxon.yaml when it exists).")
  Path configFile;

  @Option(
      names = "--reset-root-password",
      description = "Give the root user a new random password, print it, and start as usual.")
  boolean resetRootPassword;

  @Override
  public Integer call() {
    if (port < 0 || port > 65535) {
      System.err.println("polyaxon server: --port must be between 0 and 65535, got " + port);
      return 2;
    }
    PolyaxonHome home = PolyaxonHome.resolve(System.getenv(), System.getProperty("user.home"));
    Platform platform;
    try {
      PlatformConfig config = ConfigFiles.load(configFile, home, System.getenv());
      platform =
          Platform.start(new ServerSettings(host, port, role, home, config), Clock.systemUTC());
    } catch (ConfigException e) {
      System.err.println(
          "polyaxon server: the configuration has "
              + e.problems().size()
              + (e.problems().size() == 1 ? " problem:" : " problems:"));
      e.problems().forEach(problem -> System.err.println("  " + problem));
      e.warnings().forEach(warning -> System.err.println("  warning: " + warning));
      return 1;
    } catch (StartupException e) {
      System.err.println("polyaxon server: " + e.getMessage());
      return 1;
    } catch (RuntimeException e) {
      LOG.debug("Start-up failed", e);
      System.err.println("polyaxon server: could not start: " + e.getMessage());
      return 1;
    }
    platform
        .root()
        .generatedPassword()
        .ifPresent(password -> printPassword(platform, password, "Created the superuser"));
    if (resetRootPassword) {
      printPassword(platform, platform.resetRootPassword(), "New password for the superuser");
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
        "Polyaxon %s is up on http://%s:%d (role %s, data in %s)%n",
        Version.current(),
        host,
        platform.port(),
        role.name().toLowerCase(Locale.ROOT),
        home.root());
    System.out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  /** Shown once: only a hash is stored. */
  private static void printPassword(Platform platform, String password, String what) {
    System.out.printf(
        "%s '%s'. Its password, shown only now: %s%n"
            + "(Forgot it? bin/polyaxon server --reset-root-password)%n",
        what, platform.root().user().username(), password);
  }

  /** Accepts the role in any case, as users type it. */
  static final class RoleConverter implements CommandLine.ITypeConverter<ServerRole> {
    @Override
    public ServerRole convert(String value) {
      try {
        return ServerRole.valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(
            "'" + value + "' is not a role; expected all, api or scheduler");
      }
    }
  }
}

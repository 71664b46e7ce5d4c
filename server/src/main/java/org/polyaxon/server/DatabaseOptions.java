package org.polyaxon.server;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every {@code admin} command shares: where the configuration is, how long to wait. */
final class DatabaseOptions {
  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Configuration file (default: $POLYAXON_HOME/polyaxon.yaml when it exists).")
  Path configFile;

  @Option(
      names = "--wait",
      paramLabel = "SECONDS",
      description =
          "How long to wait for an external PostgreSQL to answer (default: database.waitTimeout).")
  Integer waitSeconds;
}

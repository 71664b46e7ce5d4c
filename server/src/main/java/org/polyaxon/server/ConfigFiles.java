package org.polyaxon.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.polyaxon.server.config.ConfigLoader;
import org.polyaxon.server.config.PlatformConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Finds and loads the configuration file a server command uses, and reports what it ignored. */
final class ConfigFiles {
  private static final Logger LOG = LoggerFactory.getLogger(ConfigFiles.class);

  private ConfigFiles() {}

  /**
   * Loads {@code explicit} if given (it must exist), else {@code $POLYAXON_HOME/polyaxon.yaml} if
   * it exists, else defaults and the environment only.
   */
  static PlatformConfig load(Path explicit, PolyaxonHome home, Map<String, String> environment) {
    Optional<Path> file;
    if (explicit != null) {
      if (!Files.isRegularFile(explicit)) {
        throw new StartupException("The configuration file " + explicit + " does not exist.");
      }
      file = Optional.of(explicit);
    } else {
      Path standard = home.root().resolve("polyaxon.yaml");
      file = Files.isRegularFile(standard) ? Optional.of(standard) : Optional.empty();
    }
    PlatformConfig config = ConfigLoader.standard().load(file, environment);
    file.ifPresent(path -> LOG.info("Configuration read from {}", path));
    config.warnings().forEach(LOG::warn);
    if (!config.chartOnlyKeys().isEmpty()) {
      LOG.info(
          "Ignoring keys that only the Helm chart acts on: {}",
          String.join(", ", config.chartOnlyKeys()));
    }
    return config;
  }
}

package org.polyaxon.server;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where a local platform keeps its state: {@code $POLYAXON_HOME}, else {@code ~/.polyaxon}.
 *
 * @param root the home directory itself
 */
public record PolyaxonHome(Path root) {

  public static PolyaxonHome resolve(Map<String, String> environment, String userHome) {
    String configured = environment.get("POLYAXON_HOME");
    if (configured != null && !configured.isBlank()) {
      return new PolyaxonHome(Path.of(configured).toAbsolutePath());
    }
    return new PolyaxonHome(Path.of(userHome, ".polyaxon"));
  }

  /** The embedded PostgreSQL data directory. */
  public Path database() {
    return root.resolve("db");
  }

  /** Uploaded code, unless {@code persistence.repos} names another place. */
  public Path repos() {
    return root.resolve("repos");
  }

  /** Runs' outputs, unless {@code persistence.outputs} names another place. */
  public Path outputs() {
    return root.resolve("outputs");
  }

  /** Runs' logs, unless {@code persistence.logs} names another place. */
  public Path logs() {
    return root.resolve("logs");
  }

  /** Scratch space for uploads, unless {@code persistence.upload} names another place. */
  public Path upload() {
    return root.resolve("upload");
  }

  /** Held while a server runs, so two servers never share one embedded database. */
  public Path serverLock() {
    return root.resolve("server.lock");
  }
}

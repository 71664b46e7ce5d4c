package org.polyaxon.server;

import org.polyaxon.server.config.PlatformConfig;

/**
 * What {@code polyaxon server} was asked to do.
 *
 * @param host the address the HTTP server binds to
 * @param port the HTTP port; 0 picks a free one
 * @param role which parts of the platform this process runs
 * @param home where the platform keeps its local state
 * @param config the platform configuration (defaults, polyaxon.yaml, environment)
 */
public record ServerSettings(
    String host, int port, ServerRole role, PolyaxonHome home, PlatformConfig config) {

  /** Everything in one process on the defaults, as {@code polyaxon server} with no options. */
  public static ServerSettings local(String host, int port, PolyaxonHome home) {
    return new ServerSettings(host, port, ServerRole.ALL, home, PlatformConfig.defaults());
  }
}

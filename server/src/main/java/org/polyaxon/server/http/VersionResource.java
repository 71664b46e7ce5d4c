package org.polyaxon.server.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import org.polyaxon.cli.Version;

/**
 * {@code GET /api/v1/versions/platform} and {@code …/versions/cli} (reference 3.2): what {@code
 * polyaxon version} asks. Public, like {@code /_health}: a client checks it before logging in.
 */
final class VersionResource {
  private static final String BASE = "/api/v1/versions/";

  void register(RoutesConfig routes) {
    routes.get(BASE + "platform", this::platform);
    routes.get(BASE + "cli", this::cli);
  }

  static boolean isPublic(Context ctx) {
    return ctx.path().startsWith(BASE);
  }

  private void platform(Context ctx) {
    ctx.json(Map.of("version", Version.current()));
  }

  /** 0.4's shape: the CLI versions this platform works with. */
  private void cli(Context ctx) {
    ctx.json(Map.of("min_version", Version.current(), "latest_version", Version.current()));
  }
}

package org.polyaxon.server.http;

import io.javalin.Javalin;
import javax.sql.DataSource;

/** Builds the HTTP application: every route of the platform is registered here. */
public final class HttpApi {
  private HttpApi() {}

  public static Javalin create(DataSource dataSource) {
    HealthResource health = new HealthResource(dataSource);
    return Javalin.create(
        config -> {
          config.startup.showJavalinBanner = false;
          config.startup.showOldJavalinVersionWarning = false;
          config.routes.get("/_health", health::get);
        });
  }
}

package org.polyaxon.server.http;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.polyaxon.cli.Version;

/** {@code GET /_health}: 200 when the platform can serve, 503 when its database is unreachable. */
final class HealthResource {
  private static final int DATABASE_CHECK_TIMEOUT_SECONDS = 2;

  private final DataSource dataSource;

  HealthResource(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  void get(Context ctx) {
    Map<String, Object> body = report();
    ctx.status((int) body.remove("http_status")).json(body);
  }

  /** The health answer, with the HTTP status it goes with under {@code http_status}. */
  Map<String, Object> report() {
    boolean databaseUp = databaseAnswers();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", databaseUp ? "ok" : "unavailable");
    body.put("version", Version.current());
    body.put("database", databaseUp ? "ok" : "unreachable");
    body.put(
        "http_status",
        databaseUp ? HttpStatus.OK.getCode() : HttpStatus.SERVICE_UNAVAILABLE.getCode());
    return body;
  }

  private boolean databaseAnswers() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(DATABASE_CHECK_TIMEOUT_SECONDS);
    } catch (SQLException e) {
      return false;
    }
  }
}

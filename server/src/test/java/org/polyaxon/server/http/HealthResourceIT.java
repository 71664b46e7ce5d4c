package org.polyaxon.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.polyaxon.server.HttpGet;
import org.polyaxon.testing.FreshDatabase;
import org.postgresql.ds.PGSimpleDataSource;

class HealthResourceIT {
  @RegisterExtension static final FreshDatabase DB = new FreshDatabase();

  @Test
  void okWhileTheDatabaseAnswers() {
    Javalin app = HttpApi.create(DB.dataSource()).start("127.0.0.1", 0);
    try {
      HttpGet.Response health = HttpGet.json(app.port(), "/_health");
      assertThat(health.status()).isEqualTo(200);
      assertThat(health.body().get("database").asText()).isEqualTo("ok");
    } finally {
      app.stop();
    }
  }

  @Test
  void unavailableWhenTheDatabaseIsUnreachable() throws IOException {
    PGSimpleDataSource nowhere = new PGSimpleDataSource();
    try (ServerSocket free = new ServerSocket(0)) {
      nowhere.setServerNames(new String[] {"127.0.0.1"});
      nowhere.setPortNumbers(new int[] {free.getLocalPort()});
    }
    nowhere.setConnectTimeout(1);
    Javalin app = HttpApi.create(nowhere).start("127.0.0.1", 0);
    try {
      HttpGet.Response health = HttpGet.json(app.port(), "/_health");
      assertThat(health.status()).isEqualTo(503);
      assertThat(health.body().get("status").asText()).isEqualTo("unavailable");
      assertThat(health.body().get("database").asText()).isEqualTo("unreachable");
    } finally {
      app.stop();
    }
  }
}

package org.polyaxon.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.polyaxon.artifacts.ExtractionLimits;
import org.polyaxon.artifacts.LocalArtifactRoots;
import org.polyaxon.artifacts.LocalArtifactStore;
import org.polyaxon.core.auth.RunTokens;
import org.polyaxon.core.auth.Users;
import org.polyaxon.core.code.ProjectCode;
import org.polyaxon.core.metric.Metrics;
import org.polyaxon.core.project.Projects;
import org.polyaxon.server.Http;
import org.polyaxon.store.postgres.PostgresActivityStore;
import org.polyaxon.store.postgres.PostgresCodeReferenceStore;
import org.polyaxon.store.postgres.PostgresHeartbeatStore;
import org.polyaxon.store.postgres.PostgresMetricStore;
import org.polyaxon.store.postgres.PostgresProjectStore;
import org.polyaxon.store.postgres.PostgresRunStore;
import org.polyaxon.store.postgres.PostgresRunTokenStore;
import org.polyaxon.store.postgres.PostgresUserStore;
import org.polyaxon.testing.FreshDatabase;
import org.postgresql.ds.PGSimpleDataSource;

class HealthResourceIT {
  @RegisterExtension static final FreshDatabase DB = new FreshDatabase();
  @TempDir static Path temp;

  @Test
  void okWhileTheDatabaseAnswers() {
    Javalin app = HttpApi.create(dependencies(DB.dataSource())).start("127.0.0.1", 0);
    try {
      Http.Response health = Http.json(app.port(), "/_health");
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
    Javalin app = HttpApi.create(dependencies(nowhere)).start("127.0.0.1", 0);
    try {
      Http.Response health = Http.json(app.port(), "/_health");
      assertThat(health.status()).isEqualTo(503);
      assertThat(health.body().get("status").asText()).isEqualTo("unavailable");
      assertThat(health.body().get("database").asText()).isEqualTo("unreachable");
    } finally {
      app.stop();
    }
  }

  private static HttpApi.Dependencies dependencies(DataSource dataSource) {
    Users users =
        new Users(
            new PostgresUserStore(Jdbi.create(dataSource)),
            Clock.systemUTC(),
            8,
            Duration.ofDays(1));
    Projects projects =
        new Projects(new PostgresProjectStore(Jdbi.create(dataSource)), Clock.systemUTC());
    LocalArtifactStore artifacts =
        new LocalArtifactStore(
            new LocalArtifactRoots(
                temp.resolve("repos"),
                temp.resolve("outputs"),
                temp.resolve("logs"),
                temp.resolve("upload")),
            ExtractionLimits.forUploads(1024));
    return new HttpApi.Dependencies(
        dataSource,
        users,
        new RunTokens(new PostgresRunTokenStore(Jdbi.create(dataSource)), Clock.systemUTC()),
        new PostgresHeartbeatStore(Jdbi.create(dataSource)),
        projects,
        new PostgresRunStore(Jdbi.create(dataSource)),
        new Metrics(new PostgresMetricStore(Jdbi.create(dataSource)), Clock.systemUTC()),
        artifacts,
        new PostgresCodeReferenceStore(Jdbi.create(dataSource)),
        new ProjectCode(
            projects,
            new PostgresCodeReferenceStore(Jdbi.create(dataSource)),
            artifacts,
            Clock.systemUTC()),
        new HttpApi.Uploads(1024, temp.resolve("upload")),
        List.of("*"),
        null,
        ZoneId.of("UTC"),
        Clock.systemUTC(),
        java.util.Map.of("role", "all"),
        new PostgresActivityStore(Jdbi.create(dataSource)),
        org.polyaxon.server.admin.AdminView.Setup.disabled());
  }
}

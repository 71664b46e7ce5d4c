package org.polyaxon.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.polyaxon.chart.ChartUnderTest.FULLNAME;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** postgresql.*: the in-cluster sub-chart, or an external database. */
class DatabaseIT {

  @Test
  void inClusterDatabaseUsesTheGivenUserDatabaseImageAndVolume() {
    Rendered r = ChartUnderTest.render(ChartUnderTest.values("database-incluster.yaml"));
    JsonNode pg = r.get("Deployment", "polyaxon-postgresql");
    JsonNode container = Rendered.container(pg, "postgresql");

    assertThat(container.path("image").asText()).isEqualTo("postgres:15.4");
    assertThat(Rendered.env(container, "POSTGRES_USER").path("value").asText()).isEqualTo("px");
    assertThat(Rendered.env(container, "POSTGRES_DB").path("value").asText()).isEqualTo("pxdb");
    assertThat(r.secret("polyaxon-postgresql", "postgres-password")).isEqualTo("px-pass");
    assertThat(r.secret(FULLNAME + "-secret", "POLYAXON_DATABASE_PASSWORD")).isEqualTo("px-pass");
    JsonNode pvc = r.get("PersistentVolumeClaim", "polyaxon-postgresql");
    assertThat(pvc.path("spec").path("resources").path("requests").path("storage").asText())
        .isEqualTo("20Gi");
    assertThat(pvc.path("spec").path("storageClassName").asText()).isEqualTo("fast");
    assertThat(
            Rendered.named(Rendered.podSpec(pg).path("volumes"), "data")
                .orElseThrow()
                .path("persistentVolumeClaim")
                .path("claimName")
                .asText())
        .isEqualTo("polyaxon-postgresql");
    JsonNode db = r.config().path("database");
    assertThat(db.path("host").asText()).isEqualTo("polyaxon-postgresql");
    assertThat(db.path("user").asText()).isEqualTo("px");
    assertThat(db.path("name").asText()).isEqualTo("pxdb");
  }

  @Test
  void withoutPersistenceTheDatabaseLivesInAnEmptyDir() {
    Rendered r = ChartUnderTest.render();

    assertThat(r.ofKind("PersistentVolumeClaim")).isEmpty();
    assertThat(
            Rendered.named(
                    Rendered.podSpec(r.get("Deployment", "polyaxon-postgresql")).path("volumes"),
                    "data")
                .orElseThrow()
                .has("emptyDir"))
        .isTrue();
  }

  @Test
  void externalDatabaseDeploysNoPostgresql() {
    Rendered r = ChartUnderTest.render(ChartUnderTest.values("database-external.yaml"));
    JsonNode db = r.config().path("database");

    assertThat(r.find("Deployment", "polyaxon-postgresql")).isEmpty();
    assertThat(r.find("Service", "polyaxon-postgresql")).isEmpty();
    assertThat(db.path("host").asText()).isEqualTo("db.example.com");
    assertThat(db.path("port").asInt()).isEqualTo(6543);
    assertThat(db.path("user").asText()).isEqualTo("px");
    assertThat(db.path("name").asText()).isEqualTo("pxdb");
    assertThat(db.path("waitTimeout").asInt()).isEqualTo(120);
    assertThat(r.secret(FULLNAME + "-secret", "POLYAXON_DATABASE_PASSWORD")).isEqualTo("px-pass");
  }

  @Test
  void externalDatabaseNeedsAHost() {
    assertThatThrownBy(() -> ChartUnderTest.render(Map.of("postgresql.enabled", false)))
        .hasMessageContaining("postgresql.externalPostgresHost is required");
  }
}

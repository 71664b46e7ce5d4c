package org.polyaxon.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.polyaxon.chart.ChartUnderTest.FULLNAME;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** redis.*: optional; in the cluster, external, or none (PostgreSQL fans events out). */
class RedisIT {

  @Test
  void noRedisByDefault() {
    Rendered r = ChartUnderTest.render();

    assertThat(r.find("Deployment", "polyaxon-redis")).isEmpty();
    assertThat(r.config().path("redis").path("enabled").asBoolean(true)).isFalse();
  }

  @Test
  void inClusterRedisWithPasswordAndVolume() {
    Rendered r = ChartUnderTest.render(ChartUnderTest.values("redis.yaml"));
    JsonNode redis = Rendered.container(r.get("Deployment", "polyaxon-redis"), "redis");

    assertThat(r.config().path("redis").path("enabled").asBoolean()).isTrue();
    assertThat(r.config().path("redis").path("host").asText()).isEqualTo("polyaxon-redis");
    assertThat(r.config().path("redis").path("port").asInt()).isEqualTo(6379);
    assertThat(r.secret("polyaxon-redis", "redis-password")).isEqualTo("redis-pass");
    assertThat(r.secret(FULLNAME + "-secret", "POLYAXON_REDIS_PASSWORD")).isEqualTo("redis-pass");
    assertThat(
            Rendered.env(Rendered.container(r.deployment("api"), "api"), "POLYAXON_REDIS_PASSWORD")
                .path("valueFrom")
                .path("secretKeyRef")
                .path("name")
                .asText())
        .isEqualTo(FULLNAME + "-secret");
    assertThat(redis.path("args").toString()).contains("requirepass");
    assertThat(
            r.get("PersistentVolumeClaim", "polyaxon-redis")
                .path("spec")
                .path("resources")
                .path("requests")
                .path("storage")
                .asText())
        .isEqualTo("1Gi");
  }

  @Test
  void externalRedisIsOnlyConfiguration() {
    Rendered r = ChartUnderTest.render(ChartUnderTest.values("redis-external.yaml"));

    assertThat(r.find("Deployment", "polyaxon-redis")).isEmpty();
    assertThat(r.config().path("redis").path("enabled").asBoolean()).isTrue();
    assertThat(r.config().path("redis").path("host").asText()).isEqualTo("redis.example.com");
    assertThat(r.config().path("redis").path("port").asInt()).isEqualTo(6380);
  }
}

package org.polyaxon.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.polyaxon.server.Http;
import org.polyaxon.server.config.Options;
import org.polyaxon.testing.MutableClock;

/**
 * A platform whose {@code timeZone} is Europe/Paris answers every timestamp with Paris's offset:
 * +01:00 in winter, +02:00 in summer, for projects, runs, statuses and metrics alike.
 */
class TimeZoneApiIT {
  private static final MutableClock CLOCK = MutableClock.at("2024-01-15T12:00:00Z");

  @RegisterExtension
  static final PlatformUnderTest PLATFORM =
      PlatformUnderTest.with(
          CLOCK, config -> config.with(Options.TIME_ZONE_OPTION, ZoneId.of("Europe/Paris")));

  private static final String JOB =
      "{\"content\": \"version: 1\\nkind: job\\nbuild: {image: bash}\\nrun: {cmd: x}\"}";
  private static final String EXPERIMENT =
      "{\"content\": \"version: 1\\nkind: experiment\\nbuild: {image: bash}\\nrun: {cmd: x}\"}";
  private static Http ada;

  /** Moves the platform's clock and logs in again: tokens expire ({@code ttl.token}) meanwhile. */
  private static void at(String instant) {
    CLOCK.set(Instant.parse(instant));
    TestPlatform platform = PLATFORM.get();
    ada = platform.json(TestPlatform.login(platform.anonymous(), "ada", "ada-password"));
  }

  @Test
  void winterTimesAreAnsweredAtPlusOneHour() {
    at("2024-01-15T12:00:00Z");
    assertTimesAt("winter", "2024-01-15T13:00:00+01:00");
  }

  @Test
  void summerTimesAreAnsweredAtPlusTwoHours() {
    at("2024-07-15T12:00:00Z");
    assertTimesAt("summer", "2024-07-15T14:00:00+02:00");

    // A metric's time without an offset is read in timeZone, and answered in it.
    Http.Response metric =
        ada.post(
            "/api/v1/ada/summer/experiments/1/metrics",
            "{\"values\": {\"acc\": 1}, \"created_at\": \"2024-07-15T09:30:00\"}");
    assertThat(metric.body().get("created_at").asText()).isEqualTo("2024-07-15T09:30:00+02:00");
  }

  private static void assertTimesAt(String project, String expected) {
    Http.Response created = ada.post("/api/v1/projects", "{\"name\": \"" + project + "\"}");
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    String base = "/api/v1/ada/" + project;
    assertThat(ada.get(base).body().get("created_at").asText()).isEqualTo(expected);

    for (String kind : new String[] {"experiments", "jobs"}) {
      Http.Response run = ada.post(base + "/" + kind, kind.equals("jobs") ? JOB : EXPERIMENT);
      assertThat(run.status()).as(run.text()).isEqualTo(201);
      JsonNode detail = ada.get(base + "/" + kind + "/1").body();
      assertThat(detail.get("created_at").asText()).isEqualTo(expected);
      assertThat(detail.get("updated_at").asText()).isEqualTo(expected);
      JsonNode status = ada.get(base + "/" + kind + "/1/statuses").body().get("results").get(0);
      assertThat(status.get("created_at").asText()).isEqualTo(expected);
    }

    Http.Response metric =
        ada.post(base + "/experiments/1/metrics", "{\"values\": {\"loss\": 0.5}}");
    assertThat(metric.status()).as(metric.text()).isEqualTo(201);
    assertThat(metric.body().get("created_at").asText()).isEqualTo(expected);
    JsonNode listed = ada.get(base + "/experiments/1/metrics").body().get("results").get(0);
    assertThat(listed.get("created_at").asText()).isEqualTo(expected);
  }
}

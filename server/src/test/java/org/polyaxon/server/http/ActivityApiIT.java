package org.polyaxon.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.polyaxon.server.Http;
import org.polyaxon.server.config.Options;
import org.polyaxon.testing.MutableClock;

/** The activity feeds: who changed what, newest first, visible as the project is. */
class ActivityApiIT {
  @RegisterExtension
  static final PlatformUnderTest PLATFORM =
      PlatformUnderTest.with(
          MutableClock.at("2024-05-01T09:00:00Z"),
          config -> config.with(Options.TIME_ZONE_OPTION, ZoneId.of("Europe/Berlin")));

  private static TestPlatform platform;

  @BeforeAll
  static void start() {
    platform = PLATFORM.get();
  }

  @Test
  void changesToAProjectAppearInItsFeedNewestFirst() {
    platform.createProject(platform.adaToken, "feed", false);
    Http ada = platform.ada();
    assertThat(
            ada.send("PATCH", "/api/v1/ada/feed", "{\"description\": \"d\"}", "application/json")
                .status())
        .isEqualTo(200);
    // Reads, failed changes and logins are not activity.
    ada.get("/api/v1/ada/feed");
    assertThat(
            ada.send("PATCH", "/api/v1/ada/feed", "{\"colour\": 1}", "application/json").status())
        .isEqualTo(400);
    TestPlatform.login(platform.anonymous(), "ada", "ada-password");

    JsonNode feed = ada.get("/api/v1/activitylogs/ada/feed").body();

    assertThat(feed.get("count").asInt()).isEqualTo(1);
    JsonNode entry = feed.get("results").get(0);
    assertThat(entry.get("actor").asText()).isEqualTo("ada");
    assertThat(entry.get("event").asText()).isEqualTo("PATCH /api/v1/{user}/{project}");
    assertThat(entry.get("path").asText()).isEqualTo("/api/v1/ada/feed");
    assertThat(entry.get("project").asText()).isEqualTo("ada.feed");
    assertThat(entry.get("status").asInt()).isEqualTo(200);
    assertThat(entry.get("created_at").asText()).isEqualTo("2024-05-01T11:00:00+02:00");

    ada.post("/api/v1/ada/feed/archive", null);
    List<String> events = new ArrayList<>();
    ada.get("/api/v1/activitylogs/ada/feed")
        .body()
        .get("results")
        .forEach(e -> events.add(e.get("event").asText()));
    assertThat(events)
        .containsExactly("POST /api/v1/{user}/{project}/archive", "PATCH /api/v1/{user}/{project}");
  }

  @Test
  void aPrivateProjectsFeedIsHiddenAndTheWholeLogIsForSuperusers() {
    platform.createProject(platform.adaToken, "hidden", false);

    Http.Response foreign = platform.bob().get("/api/v1/activitylogs/ada/hidden");
    assertThat(foreign.status()).isEqualTo(404);
    Http.Response notSuper = platform.bob().get("/api/v1/activitylogs");
    assertThat(notSuper.status()).isEqualTo(403);
    assertThat(platform.anonymous().get("/api/v1/activitylogs").status()).isEqualTo(401);

    JsonNode all = platform.root().get("/api/v1/activitylogs?limit=500").body();
    List<String> events = new ArrayList<>();
    all.get("results")
        .forEach(e -> events.add(e.get("actor").asText() + " " + e.get("event").asText()));
    assertThat(events).contains("root POST /api/v1/users", "ada POST /api/v1/projects");
  }
}

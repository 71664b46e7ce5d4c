package org.polyaxon.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.polyaxon.server.Http;
import org.polyaxon.testing.MutableClock;

/** Projects through HTTP: CRUD, pagination, privacy and ownership. */
class ProjectApiIT {
  @RegisterExtension
  static final PlatformUnderTest PLATFORM =
      PlatformUnderTest.with(MutableClock.at("2024-03-01T12:00:00Z"), config -> config);

  private static TestPlatform platform;
  private static Http root;
  private static Http ada;
  private static Http bob;

  @BeforeAll
  static void start() {
    platform = PLATFORM.get();
    root = platform.root();
    ada = platform.ada();
    bob = platform.bob();
  }

  @Test
  void createGetUpdateArchiveAndDelete() {
    Http.Response created =
        ada.post(
            "/api/v1/projects",
            "{\"name\": \"mnist\", \"description\": \"digits\", \"tags\": [\"cv\"]}");
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    JsonNode project = created.body();
    assertThat(project.get("unique_name").asText()).isEqualTo("ada.mnist");
    assertThat(project.get("user").asText()).isEqualTo("ada");
    assertThat(project.get("is_public").asBoolean()).isTrue();
    assertThat(project.get("uuid").asText()).hasSize(32);
    assertThat(project.get("created_at").asText()).isEqualTo("2024-03-01T12:00:00Z");

    assertThat(ada.post("/api/v1/projects", "{\"name\": \"mnist\"}").status()).isEqualTo(409);
    assertThat(bob.get("/api/v1/ada/mnist").status()).isEqualTo(200);
    assertThat(
            bob.send(
                    "PATCH", "/api/v1/ada/mnist", "{\"description\": \"mine\"}", "application/json")
                .status())
        .isEqualTo(403);

    Http.Response renamed =
        ada.send(
            "PATCH",
            "/api/v1/ada/mnist",
            "{\"name\": \"mnist2\", \"is_public\": false}",
            "application/json");
    assertThat(renamed.status()).as(renamed.text()).isEqualTo(200);
    assertThat(renamed.body().get("description").asText()).isEqualTo("digits");
    assertThat(bob.get("/api/v1/ada/mnist2").status()).isEqualTo(404);
    assertThat(root.get("/api/v1/ada/mnist2").status()).isEqualTo(200);

    assertThat(ada.post("/api/v1/ada/mnist2/archive", null).body().get("archived").asBoolean())
        .isTrue();
    assertThat(ada.get("/api/v1/ada?archived=true").body().get("count").asInt()).isEqualTo(1);
    assertThat(ada.post("/api/v1/ada/mnist2/restore", null).body().get("archived").asBoolean())
        .isFalse();

    assertThat(ada.delete("/api/v1/ada/mnist2").status()).isEqualTo(204);
    assertThat(ada.get("/api/v1/ada/mnist2").status()).isEqualTo(404);
  }

  @Test
  void listsArePagedAndHidePrivateProjectsFromOthers() {
    for (int i = 0; i < 5; i++) {
      assertThat(
              bob.post(
                      "/api/v1/projects",
                      "{\"name\": \"p" + i + "\", \"is_public\": " + (i % 2 == 0) + "}")
                  .status())
          .isEqualTo(201);
    }
    JsonNode own = bob.get("/api/v1/bob?limit=2&offset=2").body();
    assertThat(own.get("count").asInt()).isEqualTo(5);
    assertThat(own.get("results")).hasSize(2);
    assertThat(own.get("next").asText()).endsWith("/api/v1/bob?limit=2&offset=4");
    assertThat(own.get("previous").asText()).endsWith("/api/v1/bob?limit=2&offset=0");

    JsonNode seenByAda = ada.get("/api/v1/bob").body();
    assertThat(seenByAda.get("count").asInt()).isEqualTo(3);
    assertThat(seenByAda.get("next").isNull()).isTrue();
    assertThat(root.get("/api/v1/bob").body().get("count").asInt()).isEqualTo(5);
  }

  @Test
  void withoutHostNameLinksFollowTheRequestButNotItsForwardedHost() {
    for (int i = 0; i < 3; i++) {
      platform.createProject(platform.rootToken, "links" + i, true);
    }
    int port = platform.platform.port();
    JsonNode page =
        AbsoluteLinksIT.get(
            port,
            platform.rootToken,
            "/api/v1/root?limit=1&tag=x&tag=y",
            "X-Forwarded-Host",
            "evil.example.org",
            "X-Forwarded-Proto",
            "https");

    assertThat(page.get("next").asText())
        .isEqualTo("https://127.0.0.1:" + port + "/api/v1/root?tag=x&tag=y&limit=1&offset=1");
  }

  @Test
  void badInputIsNamed() {
    Http.Response badName = ada.post("/api/v1/projects", "{\"name\": \"no spaces\"}");
    assertThat(badName.status()).isEqualTo(400);
    assertThat(badName.body().get("detail").asText()).startsWith("name: expected letters");
    Http.Response badType = ada.post("/api/v1/projects", "{\"name\": \"ok\", \"tags\": \"cv\"}");
    assertThat(badType.status()).isEqualTo(400);
    assertThat(badType.body().get("detail").asText()).isEqualTo("Field 'tags': expected a list");
    Http.Response badLimit = ada.get("/api/v1/ada?limit=0");
    assertThat(badLimit.status()).isEqualTo(400);
    assertThat(badLimit.body().get("detail").asText())
        .isEqualTo("Query parameter 'limit': expected a whole number from 1 to 1000, got '0'");
    Http.Response reserved =
        root.post(
            "/api/v1/users",
            "{\"username\": \"projects\", \"email\": \"p@example.com\", \"password\": \"long-enough\"}");
    assertThat(reserved.status()).isEqualTo(400);
  }
}

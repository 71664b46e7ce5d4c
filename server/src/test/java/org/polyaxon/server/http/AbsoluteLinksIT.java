package org.polyaxon.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.polyaxon.server.config.Options;
import org.polyaxon.testing.MutableClock;

/** With {@code hostName} set, the links of pages use it, whatever address a request came to. */
class AbsoluteLinksIT {
  @RegisterExtension
  static final PlatformUnderTest PLATFORM =
      PlatformUnderTest.with(
          MutableClock.at("2024-03-01T12:00:00Z"),
          config -> config.with(Options.HOST_NAME, "polyaxon.example.com"));

  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static TestPlatform platform;

  @BeforeAll
  static void start() {
    platform = PLATFORM.get();
    for (String name : new String[] {"a", "b", "c"}) {
      platform.createProject(platform.adaToken, name, true);
    }
  }

  /** GET with extra headers, as a proxy in front of the platform would send them. */
  static JsonNode get(int port, String token, String path, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(10))
            .header("Authorization", "Token " + token);
    if (headers.length > 0) {
      request.headers(headers);
    }
    try {
      HttpResponse<String> response =
          CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void pageLinksUseTheHostNameAndKeepTheRequestsOtherParameters() {
    JsonNode page =
        get(
            platform.platform.port(),
            platform.adaToken,
            "/api/v1/ada?sort=-created_at&limit=1&note=a%20b%26c&offset=1",
            "X-Forwarded-Host",
            "evil.example.org");

    assertThat(page.get("next").asText())
        .isEqualTo(
            "http://polyaxon.example.com/api/v1/ada?sort=-created_at&note=a%20b%26c&limit=1&offset=2");
    assertThat(page.get("previous").asText())
        .isEqualTo(
            "http://polyaxon.example.com/api/v1/ada?sort=-created_at&note=a%20b%26c&limit=1&offset=0");
  }

  @Test
  void aTlsTerminatingProxyMakesTheLinksHttps() {
    JsonNode page =
        get(
            platform.platform.port(),
            platform.adaToken,
            "/api/v1/ada?limit=2",
            "X-Forwarded-Proto",
            "https");

    assertThat(page.get("next").asText())
        .isEqualTo("https://polyaxon.example.com/api/v1/ada?limit=2&offset=2");
    assertThat(page.get("previous").isNull()).isTrue();
  }
}

package org.polyaxon.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client for tests against a real server on 127.0.0.1. */
public final class Http {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final int port;
  private final String token;

  private Http(int port, String token) {
    this.port = port;
    this.token = token;
  }

  public static Http to(int port) {
    return new Http(port, null);
  }

  /** The same client sending {@code Authorization: Token <token>}. */
  public Http withToken(String token) {
    return new Http(port, token);
  }

  /** A response: status, raw body, the body as JSON (null when it is not JSON), content type. */
  public record Response(int status, String text, JsonNode body, String contentType) {}

  public static Response json(int port, String path) {
    return to(port).get(path);
  }

  public Response get(String path) {
    return send("GET", path, null, null);
  }

  public Response post(String path, String jsonBody) {
    return send("POST", path, jsonBody, "application/json");
  }

  public Response delete(String path) {
    return send("DELETE", path, null, null);
  }

  public Response send(String method, String path, String body, String contentType) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(10))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (token != null) {
      request.header("Authorization", "Token " + token);
    }
    try {
      HttpResponse<String> response =
          CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
      JsonNode json = null;
      try {
        json = response.body().isEmpty() ? null : JSON.readTree(response.body());
      } catch (IOException notJson) {
        json = null;
      }
      return new Response(
          response.statusCode(),
          response.body(),
          json,
          response.headers().firstValue("Content-Type").orElse(""));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

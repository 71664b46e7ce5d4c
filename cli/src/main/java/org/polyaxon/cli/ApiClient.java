package org.polyaxon.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.net.ssl.SSLException;

/**
 * The platform's REST API over the JDK HTTP client. Every failure becomes a {@link CliException}
 * with the documented exit code: 3 when the server cannot be reached or fails (5xx), 4 for 401/403
 * or no token, 1 for the other 4xx, with the server's problem {@code detail} as the message.
 */
public final class ApiClient {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(5);

  private final HttpClient http;
  private final String baseUrl;
  private final String token;

  ApiClient(String baseUrl, String token, boolean verifyTls) {
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL);
    if (!verifyTls) {
      builder.sslContext(InsecureTls.context());
    }
    this.http = builder.build();
    this.baseUrl = baseUrl;
    this.token = token;
  }

  String baseUrl() {
    return baseUrl;
  }

  /** Query parameters, the null ones left out, in order. */
  static Map<String, Object> query(Object... keysAndValues) {
    Map<String, Object> query = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      if (keysAndValues[i + 1] != null) {
        query.put((String) keysAndValues[i], keysAndValues[i + 1]);
      }
    }
    return query;
  }

  JsonNode get(String path) {
    return get(path, Map.of());
  }

  JsonNode get(String path, Map<String, Object> query) {
    return json(send(request(path, query).GET()));
  }

  JsonNode post(String path, Object body) {
    return json(send(withJson(request(path, Map.of()), "POST", body)));
  }

  JsonNode patch(String path, Object body) {
    return json(send(withJson(request(path, Map.of()), "PATCH", body)));
  }

  void delete(String path) {
    send(request(path, Map.of()).DELETE());
  }

  /** A GET whose body is read whole (the archived log). */
  byte[] bytes(String path) {
    HttpResponse<InputStream> response = send(request(path, Map.of()).GET());
    try (InputStream body = response.body()) {
      return body.readAllBytes();
    } catch (IOException e) {
      throw unreachable(e);
    }
  }

  /** A GET whose body the caller reads and closes (archives, files). */
  InputStream download(String path, Map<String, Object> query) {
    return send(request(path, query).GET()).body();
  }

  /** A GET of an event stream, which the caller reads and closes; it lasts as long as the run. */
  InputStream stream(String path, Map<String, String> headers) {
    HttpRequest.Builder builder = request(path, Map.of()).GET().timeout(Duration.ofDays(365));
    headers.forEach(builder::setHeader);
    return send(builder).body();
  }

  /** A POST with a body the caller built (multipart uploads). */
  JsonNode post(String path, String contentType, HttpRequest.BodyPublisher body) {
    return json(send(request(path, Map.of()).header("Content-Type", contentType).POST(body)));
  }

  private HttpRequest.Builder request(String path, Map<String, Object> query) {
    String url = baseUrl + "/api/v1" + path;
    if (!query.isEmpty()) {
      url +=
          "?"
              + query.entrySet().stream()
                  .map(e -> encode(e.getKey()) + "=" + encode(String.valueOf(e.getValue())))
                  .collect(Collectors.joining("&"));
    }
    HttpRequest.Builder builder;
    try {
      builder = HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT);
    } catch (IllegalArgumentException e) {
      throw CliException.user(
          "The server address '" + url + "' is not a valid URL; check `polyaxon config list`");
    }
    builder.header("Accept", "application/json");
    if (token != null) {
      builder.header("Authorization", "Token " + token);
    }
    return builder;
  }

  private static HttpRequest.Builder withJson(
      HttpRequest.Builder builder, String method, Object body) {
    try {
      return builder
          .header("Content-Type", "application/json")
          .method(
              method,
              HttpRequest.BodyPublishers.ofString(
                  JSON.writeValueAsString(body == null ? Map.of() : body)));
    } catch (IOException e) {
      throw new IllegalStateException("cannot encode the request body", e);
    }
  }

  private HttpResponse<InputStream> send(HttpRequest.Builder builder) {
    HttpRequest request = builder.build();
    HttpResponse<InputStream> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      throw unreachable(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw CliException.user("Interrupted");
    }
    if (response.statusCode() >= 400) {
      throw failure(request, response);
    }
    return response;
  }

  private CliException unreachable(IOException e) {
    if (e instanceof SSLException) {
      return CliException.unreachable(
          "Cannot talk TLS with the server at "
              + baseUrl
              + " ("
              + e.getMessage()
              + "). If its certificate is self-signed, trust it in the JDK's trust store, or run"
              + " `polyaxon config set --verify_ssl false`.",
          e);
    }
    String why =
        e instanceof ConnectException
            ? "connection refused"
            : e instanceof HttpConnectTimeoutException
                ? "connection timed out"
                : e instanceof HttpTimeoutException ? "no answer in time" : String.valueOf(e);
    return CliException.unreachable(
        "Cannot reach the server at "
            + baseUrl
            + " ("
            + why
            + "). Is it running? Check the address with `polyaxon config list`.",
        e);
  }

  private static CliException failure(HttpRequest request, HttpResponse<InputStream> response) {
    int status = response.statusCode();
    String detail = detail(response);
    String what = request.method() + " " + request.uri().getPath();
    if (status == 401) {
      return CliException.auth("Not authenticated (" + detail + "). Log in with `polyaxon login`.");
    }
    if (status == 403) {
      return CliException.auth("Not allowed: " + detail);
    }
    if (status >= 500) {
      return new CliException(
          CliException.UNREACHABLE,
          "The server failed on " + what + " (" + status + "): " + detail);
    }
    return CliException.user(detail);
  }

  private static String detail(HttpResponse<InputStream> response) {
    String text;
    try (InputStream body = response.body()) {
      text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "HTTP " + response.statusCode();
    }
    try {
      JsonNode problem = JSON.readTree(text);
      if (problem != null && problem.hasNonNull("detail")) {
        StringBuilder detail = new StringBuilder(problem.get("detail").asText());
        for (JsonNode error : problem.path("errors")) {
          detail.append("\n  ").append(error.asText());
        }
        return detail.toString();
      }
    } catch (IOException notJson) {
      // fall through to the raw text
    }
    return text.isBlank() ? "HTTP " + response.statusCode() : text.strip();
  }

  private static JsonNode json(HttpResponse<InputStream> response) {
    try (InputStream body = response.body()) {
      byte[] bytes = body.readAllBytes();
      return bytes.length == 0 ? MissingNode.getInstance() : JSON.readTree(bytes);
    } catch (IOException e) {
      throw CliException.user("The server's answer is not JSON: " + e.getMessage());
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}

package org.polyaxon.server.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser, for the admin view's HTTP tests: it keeps the cookies it is given,
 * posts forms, and does not follow redirects so that tests see them.
 */
final class AdminClient {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(2))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf\" value=\"([0-9a-f]+)\"");

  private final int port;
  private final Map<String, String> cookies = new LinkedHashMap<>();
  private final Map<String, String> extraHeaders = new LinkedHashMap<>();

  AdminClient(int port) {
    this.port = port;
  }

  /** A response: status, body and headers. */
  record Response(int status, String body, HttpHeaders headers) {
    String location() {
      return headers.firstValue("Location").orElse(null);
    }

    List<String> setCookies() {
      return headers.allValues("Set-Cookie");
    }

    /** The first CSRF token of the page's forms. */
    String csrf() {
      Matcher m = CSRF_FIELD.matcher(body);
      if (!m.find()) {
        throw new AssertionError("no CSRF field in:\n" + body);
      }
      return m.group(1);
    }
  }

  AdminClient header(String name, String value) {
    extraHeaders.put(name, value);
    return this;
  }

  String cookie(String name) {
    return cookies.get(name);
  }

  void setCookie(String name, String value) {
    cookies.put(name, value);
  }

  void forgetCookies() {
    cookies.clear();
  }

  Response get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  /** Posts a form; {@code fields} are name/value pairs. */
  Response post(String path, String... fields) {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < fields.length; i += 2) {
      if (body.length() > 0) {
        body.append('&');
      }
      body.append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
    }
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
  }

  /** Loads the login page and posts the form, as a browser would; returns the POST's response. */
  Response login(String username, String password) {
    Response form = get(AdminPaths.LOGIN);
    return post(AdminPaths.LOGIN, "csrf", form.csrf(), "username", username, "password", password);
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private Response send(HttpRequest.Builder request) {
    if (!cookies.isEmpty()) {
      request.header(
          "Cookie",
          cookies.entrySet().stream()
              .map(e -> e.getKey() + "=" + e.getValue())
              .collect(Collectors.joining("; ")));
    }
    extraHeaders.forEach(request::header);
    try {
      HttpResponse<String> response =
          CLIENT.send(
              request.timeout(Duration.ofSeconds(10)).build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      for (String set : response.headers().allValues("Set-Cookie")) {
        remember(set);
      }
      return new Response(response.statusCode(), response.body(), response.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void remember(String setCookie) {
    String[] parts = setCookie.split(";");
    String[] nameValue = parts[0].split("=", 2);
    String name = nameValue[0].trim();
    String value = nameValue.length > 1 ? nameValue[1].trim() : "";
    boolean expired = setCookie.toLowerCase(java.util.Locale.ROOT).contains("max-age=0");
    if (expired || value.isEmpty()) {
      cookies.remove(name);
    } else {
      cookies.put(name, value);
    }
  }
}

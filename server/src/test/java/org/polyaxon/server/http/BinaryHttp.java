package org.polyaxon.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Requests with binary bodies (multipart uploads) and binary answers (archives, files). */
final class BinaryHttp {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String BOUNDARY = "----polyaxon-test-boundary";

  private final int port;
  private final String token;

  BinaryHttp(int port, String token) {
    this.port = port;
    this.token = token;
  }

  /** An answer: status, bytes, content type; {@link #json} when it is JSON. */
  record Response(int status, byte[] bytes, String contentType) {
    JsonNode json() {
      try {
        return JSON.readTree(bytes);
      } catch (IOException e) {
        throw new AssertionError("Not JSON: " + text(), e);
      }
    }

    String text() {
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  /** A multipart/form-data body. */
  static final class Multipart {
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    Multipart file(String field, String filename, byte[] content) {
      write(
          "--"
              + BOUNDARY
              + "\r\nContent-Disposition: form-data; name=\""
              + field
              + "\"; filename=\""
              + filename
              + "\"\r\nContent-Type: application/gzip\r\n\r\n");
      body.writeBytes(content);
      write("\r\n");
      return this;
    }

    Multipart field(String field, String value) {
      write(
          "--"
              + BOUNDARY
              + "\r\nContent-Disposition: form-data; name=\""
              + field
              + "\"\r\n\r\n"
              + value
              + "\r\n");
      return this;
    }

    byte[] bytes() {
      write("--" + BOUNDARY + "--\r\n");
      return body.toByteArray();
    }

    private void write(String text) {
      body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  Response get(String path) {
    return send(request(path).GET());
  }

  Response post(String path, byte[] body, String contentType) {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /** Sent without Content-Length (chunked), so only the server's streaming limit can stop it. */
  Response postChunked(String path, byte[] body, String contentType) {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
  }

  Response upload(String path, Multipart multipart) {
    return post(path, multipart.bytes(), "multipart/form-data; boundary=" + BOUNDARY);
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(20));
    if (token != null) {
      request.header("Authorization", "Token " + token);
    }
    return request;
  }

  private static Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<byte[]> response =
          CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Response(
          response.statusCode(),
          response.body(),
          response.headers().firstValue("Content-Type").orElse(""));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

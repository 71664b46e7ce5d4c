package org.polyaxon.server.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/** A JDK HttpClient reader of a live log's Server-Sent Events, parsed as they arrive. */
final class LogEventStream implements AutoCloseable {
  record Event(String type, String id, String data) {}

  final List<Event> events = Collections.synchronizedList(new ArrayList<>());
  final CompletableFuture<Void> ended = new CompletableFuture<>();
  final HttpResponse<Stream<String>> response;
  private final Thread reader;

  private LogEventStream(HttpResponse<Stream<String>> response) {
    this.response = response;
    this.reader = new Thread(this::read, "sse-test-reader");
    reader.setDaemon(true);
    reader.start();
  }

  /**
   * @param lastEventId sent as {@code Last-Event-ID}, or null
   */
  static LogEventStream open(int port, String path, String token, String lastEventId)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Accept", "text/event-stream")
            // As browsers send it: a compressing server would hold events back in its buffer.
            .header("Accept-Encoding", "gzip, deflate, br")
            .header("Authorization", "Token " + token);
    if (lastEventId != null) {
      request.header("Last-Event-ID", lastEventId);
    }
    return new LogEventStream(
        HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofLines()));
  }

  /** The events received so far. */
  List<Event> events() {
    synchronized (events) {
      return List.copyOf(events);
    }
  }

  /** The data of the line events (those with an id). */
  List<String> lines() {
    synchronized (events) {
      return events.stream().filter(e -> e.id() != null).map(Event::data).toList();
    }
  }

  private void read() {
    String type = null;
    String id = null;
    List<String> data = new ArrayList<>();
    try (Stream<String> lines = response.body()) {
      Iterator<String> it = lines.iterator();
      while (it.hasNext()) {
        String line = it.next();
        if (line.isEmpty()) {
          if (!data.isEmpty()) {
            events.add(new Event(type == null ? "message" : type, id, String.join("\n", data)));
          }
          type = null;
          id = null;
          data.clear();
        } else if (line.startsWith("event: ")) {
          type = line.substring(7);
        } else if (line.startsWith("id: ")) {
          id = line.substring(4);
        } else if (line.startsWith("data: ")) {
          data.add(line.substring(6));
        }
      }
      ended.complete(null);
    } catch (UncheckedIOException e) {
      ended.completeExceptionally(e);
    }
  }

  @Override
  public void close() {
    response.body().close();
  }
}

package org.polyaxon.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Follows a run's log over server-sent events ({@code …/logs/stream}) until the {@code done} event:
 * {@code data:} lines are log lines, {@code event: status} lines are status changes, and the {@code
 * id} (a byte offset) resumes the stream after a dropped connection ({@code Last-Event-ID}).
 */
final class LogStream {
  private static final int MAX_RECONNECTS = 5;
  private static final java.time.Duration RECONNECT_DELAY = java.time.Duration.ofMillis(500);

  private final ApiClient api;
  private final Output output;
  private final LogLines lines;
  private String lastEventId;

  LogStream(ApiClient api, Output output, LogLines lines) {
    this.api = api;
    this.output = output;
    this.lines = lines;
  }

  /**
   * Prints the log from byte {@code offset} (0: from the start) until the run ends; returns the
   * final status.
   */
  String follow(String runPath, long offset) {
    if (offset > 0) {
      lastEventId = Long.toString(offset);
    }
    int failures = 0;
    boolean connected = false;
    while (true) {
      Map<String, String> headers = new LinkedHashMap<>();
      headers.put("Accept", "text/event-stream");
      if (lastEventId != null) {
        headers.put("Last-Event-ID", lastEventId);
      }
      String before = lastEventId;
      try (InputStream body = api.stream(runPath + "/logs/stream", headers)) {
        connected = true;
        String done = read(body);
        if (done != null) {
          return done;
        }
      } catch (IOException e) {
        // dropped: reconnect below
      } catch (CliException e) {
        // Reconnecting is for a stream that dropped; a server never reached is exit 3 at once.
        if (!connected || e.exitCode() != CliException.UNREACHABLE || failures >= MAX_RECONNECTS) {
          throw e;
        }
      }
      failures = java.util.Objects.equals(before, lastEventId) ? failures + 1 : 0;
      if (failures > MAX_RECONNECTS) {
        throw new CliException(
            CliException.UNREACHABLE,
            "The log stream keeps dropping; try again, or read the log with --past");
      }
      pause(failures);
    }
  }

  /** Waits a little longer after each reconnection that made no progress (a server restarting). */
  private static void pause(int failures) {
    try {
      Thread.sleep(RECONNECT_DELAY.toMillis() * failures);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw CliException.user("Interrupted");
    }
  }

  /** Reads events until {@code done} (returns the final status) or the end of the stream (null). */
  private String read(InputStream body) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
    String event = null;
    StringBuilder data = null;
    String line;
    while ((line = reader.readLine()) != null) {
      if (line.isEmpty()) {
        if (data != null) {
          String done = dispatch(event, data.toString());
          if (done != null) {
            return done;
          }
        }
        event = null;
        data = null;
      } else if (line.startsWith(":")) {
        continue; // a comment: keep-alive
      } else {
        int colon = line.indexOf(':');
        String field = colon < 0 ? line : line.substring(0, colon);
        String value = colon < 0 ? "" : line.substring(colon + 1);
        if (value.startsWith(" ")) {
          value = value.substring(1);
        }
        switch (field) {
          case "event" -> event = value;
          case "data" ->
              data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
          case "id" -> lastEventId = value;
          default -> {
            // retry and unknown fields are ignored, as the SSE specification says
          }
        }
      }
    }
    return null;
  }

  private String dispatch(String event, String data) {
    if ("done".equals(event)) {
      try {
        JsonNode done = ApiClient.JSON.readTree(data);
        return done.path("status").asText("done");
      } catch (IOException e) {
        return data;
      }
    }
    if ("status".equals(event)) {
      output.line(output.dim("status: ") + output.status(field(data, "status")));
      return null;
    }
    if ("gone".equals(event)) {
      throw CliException.user("The run is gone: " + field(data, "detail"));
    }
    for (String line : data.split("\n", -1)) {
      output.line(lines.render(line));
    }
    return null;
  }

  /** A field of an event's JSON data, or the data itself when it is not JSON. */
  private static String field(String data, String name) {
    try {
      JsonNode node = ApiClient.JSON.readTree(data);
      return node != null && node.hasNonNull(name) ? node.get(name).asText() : data;
    } catch (IOException e) {
      return data;
    }
  }

  /**
   * Prints the archived log; with {@code completeLinesOnly}, not a last line still being written,
   * so that following can go on from the returned byte offset without splitting or repeating it.
   */
  static long printPast(Output output, byte[] log, LogLines lines, boolean completeLinesOnly) {
    int end = log.length;
    if (completeLinesOnly) {
      end = 0;
      for (int i = log.length - 1; i >= 0; i--) {
        if (log[i] == '\n') {
          end = i + 1;
          break;
        }
      }
    }
    String text = new String(log, 0, end, StandardCharsets.UTF_8);
    if (text.endsWith("\n")) {
      text = text.substring(0, text.length() - 1);
    }
    if (!text.isEmpty()) {
      for (String line : text.split("\n", -1)) {
        output.out().println(lines.render(line));
      }
      output.out().flush();
    }
    return end;
  }
}

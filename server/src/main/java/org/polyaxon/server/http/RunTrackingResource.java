package org.polyaxon.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.polyaxon.core.artifact.ArtifactStore;
import org.polyaxon.core.artifact.RunArea;
import org.polyaxon.core.error.InvalidInputException;
import org.polyaxon.core.run.HeartbeatStore;
import org.polyaxon.core.run.Run;
import org.polyaxon.core.run.RunKind;
import org.polyaxon.core.run.Runs;
import org.polyaxon.core.run.StatusChange;
import org.polyaxon.core.run.StatusReason;
import org.polyaxon.core.run.StatusUpdate;
import org.polyaxon.core.status.Status;
import org.polyaxon.server.scheduler.LocalLaunchPlanner;

/**
 * What a run reports about itself (reference 2.6, 3.2), with its run token or a user's: {@code POST
 * …/{id}/_heartbeat}, {@code POST …/{id}/statuses} and {@code POST …/{id}/logs}, for experiments
 * and jobs.
 */
final class RunTrackingResource {
  private static final List<RunKind> KINDS = List.of(RunKind.EXPERIMENT, RunKind.JOB);

  /** The executor's timestamper writes the same form, so posted lines read like printed ones. */
  private static final DateTimeFormatter LOG_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private static final int MAX_LINES = 10_000;

  private final Runs runs;
  private final HeartbeatStore heartbeats;
  private final ArtifactStore artifacts;
  private final RunLookup lookup;
  private final RequestBodies bodies;
  private final ZoneId zone;
  private final Clock clock;

  RunTrackingResource(
      Runs runs,
      HeartbeatStore heartbeats,
      ArtifactStore artifacts,
      RunLookup lookup,
      RequestBodies bodies,
      ZoneId zone,
      Clock clock) {
    this.runs = runs;
    this.heartbeats = heartbeats;
    this.artifacts = artifacts;
    this.lookup = lookup;
    this.bodies = bodies;
    this.zone = zone;
    this.clock = clock;
  }

  void register(RoutesConfig routes) {
    for (RunKind kind : KINDS) {
      String base = "/api/v1/{user}/{project}/" + kind.plural() + "/{id}";
      routes.post(base + "/_heartbeat", ctx -> heartbeat(ctx, kind));
      routes.post(base + "/statuses", ctx -> status(ctx, kind));
      routes.post(base + "/logs", ctx -> logs(ctx, kind));
    }
  }

  /**
   * The body of {@code POST …/statuses}, as the 0.4 client sends it; {@code details} (a JSON
   * object) is a job's only, as in 0.4.
   */
  record StatusRequest(
      String status, String message, String traceback, Map<String, Object> details) {}

  private void heartbeat(Context ctx, RunKind kind) {
    Run run = lookup.findForTracking(ctx, kind);
    // A finished run's heartbeat changes nothing; it is no error (0.4 answered it too).
    heartbeats.beat(run.id(), clock.instant());
    ctx.status(HttpStatus.NO_CONTENT);
  }

  private void status(Context ctx, RunKind kind) {
    StatusRequest request = bodies.read(ctx, StatusRequest.class);
    Run run = lookup.findForTracking(ctx, kind);
    Status to = statusOf(request.status(), kind);
    if (request.details() != null && kind != RunKind.JOB) {
      throw new InvalidInputException(
          "Field 'details': an experiment's status has no details (a job's has); leave it out");
    }
    // A final status wakes the scheduler, which stops a process that keeps running after it.
    String task = kind.machine().isDone(to) ? Runs.TASK_STOP : null;
    Run moved =
        runs.transition(
            run,
            new StatusUpdate(
                to,
                StatusReason.REPORTED_BY_RUN,
                request.message(),
                request.traceback(),
                request.details()),
            task);
    List<StatusChange> history = runs.statuses(moved);
    StatusChange recorded = history.get(history.size() - 1);
    ctx.status(HttpStatus.CREATED).json(StatusViews.of(moved, recorded, zone));
  }

  private static Status statusOf(String name, RunKind kind) {
    if (name == null) {
      throw new InvalidInputException("Field 'status': required; expected one of " + names(kind));
    }
    try {
      Status status = Status.fromWireName(name);
      if (kind.machine().statuses().contains(status)) {
        return status;
      }
    } catch (IllegalArgumentException unknown) {
      // reported below
    }
    throw new InvalidInputException(
        "Field 'status': '"
            + name
            + "' is not a "
            + kind.wireName()
            + " status; expected one of "
            + names(kind));
  }

  private static String names(RunKind kind) {
    return String.join(
        ", ", kind.machine().statuses().stream().map(Status::wireName).sorted().toList());
  }

  private void logs(Context ctx, RunKind kind) {
    // The run first: a caller who may not see it learns nothing from the body's errors.
    lookup.findForTracking(ctx, kind);
    List<String> lines = lines(ctx);
    String time = LOG_TIME.format(clock.instant());
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      text.append(time).append(' ').append(line).append('\n');
    }
    artifacts.append(
        RunArea.LOGS,
        lookup.path(ctx, kind),
        LocalLaunchPlanner.LOG_FILE,
        text.toString().getBytes(StandardCharsets.UTF_8));
    ctx.status(HttpStatus.NO_CONTENT);
  }

  /** The posted lines: a JSON string or list of strings (0.4), or a {@code text/plain} body. */
  private List<String> lines(Context ctx) {
    String contentType = ctx.contentType() == null ? "" : ctx.contentType();
    List<String> posted = new ArrayList<>();
    if (contentType.startsWith("text/plain")) {
      posted.add(ctx.body());
    } else {
      JsonNode body = bodies.read(ctx, JsonNode.class);
      if (body.isTextual()) {
        posted.add(body.asText());
      } else if (body.isArray()) {
        for (int i = 0; i < body.size(); i++) {
          if (!body.get(i).isTextual()) {
            throw new InvalidInputException("Field '[" + i + "]': expected a string");
          }
          posted.add(body.get(i).asText());
        }
      } else {
        throw new InvalidInputException("The body: expected a string or a list of strings");
      }
    }
    // One line of the log per line of text: an embedded newline must not leave a line unstamped.
    List<String> lines =
        posted.stream()
            .map(text -> text.replaceFirst("\\r?\\n\\z", ""))
            .flatMap(text -> Arrays.stream(text.split("\r?\n", -1)))
            .toList();
    if (posted.isEmpty() || posted.stream().allMatch(String::isEmpty)) {
      throw new InvalidInputException("The body: expected at least one log line");
    }
    if (lines.size() > MAX_LINES) {
      throw new InvalidInputException(
          "The body has " + lines.size() + " lines; at most " + MAX_LINES + " per request");
    }
    return lines;
  }
}

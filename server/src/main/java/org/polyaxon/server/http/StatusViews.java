package org.polyaxon.server.http;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.polyaxon.core.run.Run;
import org.polyaxon.core.run.RunKind;
import org.polyaxon.core.run.StatusChange;

/**
 * Entries of a run's status history as 0.4 shows them (reference 3.2): {@code {id, uuid,
 * experiment, created_at, status, message, traceback}}, for a job {@code job} in place of {@code
 * experiment} and {@code details} added. {@code reason} is ours; 0.4 clients ignore fields they do
 * not know. A map rather than two records, since the two shapes differ only in these keys.
 */
final class StatusViews {
  private StatusViews() {}

  /** The entry of {@code run}'s history; the run is named by its number, as in URLs. */
  static Map<String, Object> of(Run run, StatusChange change, ZoneId zone) {
    boolean job = run.kind() == RunKind.JOB;
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", change.id());
    view.put("uuid", change.uuid());
    view.put(job ? "job" : "experiment", run.number());
    view.put("created_at", change.createdAt().atZone(zone));
    view.put("status", change.status().wireName());
    view.put("reason", change.reason() == null ? null : change.reason().wireName());
    view.put("message", change.message());
    view.put("traceback", change.traceback());
    if (job) {
      view.put("details", change.details());
    }
    return view;
  }
}

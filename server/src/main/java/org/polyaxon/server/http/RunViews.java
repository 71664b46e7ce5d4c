package org.polyaxon.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.polyaxon.core.project.Project;
import org.polyaxon.core.run.Run;
import org.polyaxon.core.run.RunKind;

/**
 * Experiments and jobs as the API shows them: the fields of 0.4's serializers (reference 3.2) in
 * their order, then ours ({@code status_message}, {@code heartbeat_at}, {@code archived}), which
 * 0.4 clients ignore. Concepts this server does not have yet answer what 0.4 answered for a run
 * without them: no group, build or tensorboard ({@code null}, {@code false}), never bookmarked. A
 * map rather than records, because the two kinds share most fields in an order that interleaves the
 * ones they do not share.
 */
final class RunViews {
  private final ObjectMapper mapper;
  private final ZoneId zone;

  RunViews(ObjectMapper mapper, ZoneId zone) {
    this.mapper = mapper;
    this.zone = zone;
  }

  /**
   * The run; {@code detail} adds its compiled Polyaxonfile ({@code config}, and for a job {@code
   * definition}).
   */
  Map<String, Object> of(Project project, Run run, boolean detail) {
    JsonNode spec = spec(run);
    boolean experiment = run.kind() == RunKind.EXPERIMENT;
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", run.number());
    view.put("uuid", run.uuid());
    view.put("name", run.name());
    view.put("unique_name", uniqueName(project, run.kind(), run.number()));
    if (!experiment) {
      // 0.4 named the pod; the local executor runs processes, not pods.
      view.put("pod_id", null);
    }
    view.put("user", run.username());
    view.put("description", run.description());
    view.put("created_at", time(run.createdAt()));
    view.put("updated_at", time(run.updatedAt()));
    view.put("started_at", time(run.startedAt()));
    view.put("finished_at", time(run.finishedAt()));
    view.put("total_run", totalRun(run));
    view.put("last_status", run.status().wireName());
    view.put("status_message", run.statusMessage());
    view.put(
        "original",
        run.originalNumber() == null
            ? null
            : uniqueName(project, run.kind(), run.originalNumber()));
    view.put(
        "cloning_strategy",
        run.cloningStrategy() == null ? null : run.cloningStrategy().wireName());
    view.put("is_clone", run.isClone());
    view.put("project", project.uniqueName());
    if (experiment) {
      // Creation refuses experiment_group, so no experiment is in a group yet.
      view.put("experiment_group", null);
    }
    view.put("build_job", null);
    if (experiment) {
      view.put("backend", orSpec(run.attributes().backend(), spec, "backend"));
      view.put("framework", orSpec(run.attributes().framework(), spec, "framework"));
    }
    view.put("tags", run.tags());
    view.put("last_metric", run.lastMetric());
    view.put("declarations", run.declarations());
    view.put("bookmarked", false);
    view.put("readme", run.attributes().readme());
    view.put("config", detail ? spec : null);
    if (!experiment) {
      view.put("definition", detail ? spec : null);
    }
    view.put(
        "resources",
        spec.path("environment").path("resources").isObject()
            ? spec.get("environment").get("resources")
            : null);
    // Every run this server creates is run by the platform (creation refuses in_cluster: false).
    view.put("in_cluster", true);
    if (experiment) {
      view.put("run_env", run.attributes().runEnv());
    }
    view.put("data_refs", run.attributes().dataRefs());
    if (experiment) {
      // 0.4 counted the experiment's jobs (pods), made when it was scheduled; the local executor
      // runs one process per run, distributed or not.
      view.put("num_jobs", run.startedAt() == null ? 0 : 1);
    }
    view.put("code_reference", run.codeReferenceId());
    if (experiment) {
      view.put("tensorboard", null);
      view.put("has_tensorboard", false);
    }
    // 0.4 consumed ttl into a Redis key; nothing keeps it here.
    view.put("ttl", null);
    view.put("heartbeat_at", time(run.heartbeatAt()));
    view.put("archived", run.archived());
    return view;
  }

  /** As 0.4 names runs: {@code ada.mnist.3} for experiments, {@code ada.mnist.jobs.3} for jobs. */
  static String uniqueName(Project project, RunKind kind, long number) {
    return project.uniqueName()
        + "."
        + (kind == RunKind.EXPERIMENT ? "" : kind.plural() + ".")
        + number;
  }

  /**
   * Whole seconds from start to finish, once finished. A string, because 0.4's client schemas
   * declare {@code total_run} a string and would refuse a number.
   */
  private static String totalRun(Run run) {
    if (run.startedAt() == null || run.finishedAt() == null) {
      return null;
    }
    return String.valueOf(Duration.between(run.startedAt(), run.finishedAt()).toSeconds());
  }

  private static String orSpec(String given, JsonNode spec, String key) {
    if (given != null) {
      return given;
    }
    JsonNode value = spec.get(key);
    return value != null && value.isTextual() ? value.asText() : null;
  }

  private JsonNode spec(Run run) {
    try {
      return mapper.readTree(run.content());
    } catch (IOException e) {
      throw new IllegalStateException("A stored Polyaxonfile is not JSON", e);
    }
  }

  private ZonedDateTime time(Instant instant) {
    return instant == null ? null : instant.atZone(zone);
  }
}

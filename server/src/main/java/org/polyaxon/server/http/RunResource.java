package org.polyaxon.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.polyaxon.core.Page;
import org.polyaxon.core.error.InvalidInputException;
import org.polyaxon.core.project.Project;
import org.polyaxon.core.run.CloningStrategy;
import org.polyaxon.core.run.Run;
import org.polyaxon.core.run.RunCloner;
import org.polyaxon.core.run.RunKind;
import org.polyaxon.core.run.Runs;
import org.polyaxon.spec.SpecSource;

/**
 * Experiments and jobs (reference 3.2): create from a Polyaxonfile, list, get, update, delete,
 * stop, and clones. One instance serves one kind.
 */
final class RunResource {
  private final RunKind kind;
  private final Runs runs;
  private final RunCloner cloner;
  private final RunLookup lookup;
  private final RequestBodies bodies;
  private final ObjectMapper mapper;
  private final ZoneId zone;

  RunResource(
      RunKind kind,
      Runs runs,
      RunCloner cloner,
      RunLookup lookup,
      RequestBodies bodies,
      ObjectMapper mapper,
      ZoneId zone) {
    this.kind = kind;
    this.runs = runs;
    this.cloner = cloner;
    this.lookup = lookup;
    this.bodies = bodies;
    this.mapper = mapper;
    this.zone = zone;
  }

  void register(RoutesConfig routes) {
    String base = "/api/v1/{user}/{project}/" + kind.plural();
    routes.post(base, this::create);
    routes.get(base, this::list);
    routes.get(base + "/{id}", this::get);
    routes.patch(base + "/{id}", this::update);
    routes.delete(base + "/{id}", this::delete);
    routes.post(base + "/{id}/stop", this::stop);
    for (CloningStrategy strategy : CloningStrategy.values()) {
      routes.post(base + "/{id}/" + strategy.wireName(), ctx -> clone(ctx, strategy));
    }
  }

  /**
   * The create body: the Polyaxonfile as {@code config} (a JSON object, as the 0.4 CLI sends it) or
   * {@code content} (YAML or JSON text). {@code ttl} and {@code readme} are accepted from 0.4
   * clients; {@code readme} becomes the description when none is given.
   */
  record CreateRequest(
      String name,
      String description,
      String readme,
      List<String> tags,
      JsonNode config,
      String content,
      Map<String, Object> declarations,
      Long ttl) {}

  record UpdateRequest(String name, String description, List<String> tags) {}

  /**
   * The body of restart, resume and copy, all optional: a partial Polyaxonfile to merge over the
   * original's ({@code config} object as the 0.4 CLI sends it, or {@code content} text), {@code
   * update_code} to run the project's latest code, a new description; {@code ttl} is accepted.
   */
  record CloneRequest(
      JsonNode config, String content, Boolean updateCode, String description, Long ttl) {}

  record RunView(
      long id,
      String uuid,
      String name,
      String uniqueName,
      String user,
      String project,
      String description,
      List<String> tags,
      String lastStatus,
      String statusMessage,
      Map<String, Object> declarations,
      Map<String, Object> lastMetric,
      ZonedDateTime createdAt,
      ZonedDateTime updatedAt,
      ZonedDateTime startedAt,
      ZonedDateTime finishedAt,
      String original,
      String cloningStrategy,
      boolean isClone,
      ZonedDateTime heartbeatAt,
      JsonNode config) {}

  private void create(Context ctx) {
    CreateRequest request = bodies.read(ctx, CreateRequest.class);
    Project project = lookup.project(ctx, true);
    Run run =
        runs.create(
            Authenticator.user(ctx),
            project,
            kind,
            new Runs.CreateRequest(
                sources(request),
                request.name(),
                request.description() != null ? request.description() : request.readme(),
                request.tags(),
                request.declarations() == null ? Map.of() : request.declarations()));
    ctx.status(HttpStatus.CREATED).json(view(project, run, true));
  }

  private List<SpecSource> sources(CreateRequest request) {
    List<SpecSource> sources = sources(request.config(), request.content());
    if (sources.isEmpty()) {
      throw new InvalidInputException(
          "The Polyaxonfile is missing: send it as 'config' (a JSON object) or 'content' (text)");
    }
    return sources;
  }

  private static List<SpecSource> sources(JsonNode config, String content) {
    List<SpecSource> sources = new ArrayList<>();
    if (config != null && !config.isNull()) {
      if (!config.isObject()) {
        throw new InvalidInputException(
            "Field 'config': expected the Polyaxonfile as a JSON object");
      }
      sources.add(new SpecSource("config", config.toPrettyString()));
    }
    if (content != null) {
      sources.add(new SpecSource("content", content));
    }
    return sources;
  }

  private void clone(Context ctx, CloningStrategy strategy) {
    CloneRequest request =
        ctx.body().isBlank()
            ? new CloneRequest(null, null, null, null, null)
            : bodies.read(ctx, CloneRequest.class);
    Run original = lookup.findForUpdate(ctx, kind);
    Project project = lookup.project(ctx, true);
    Run clone =
        cloner.clone(
            Authenticator.user(ctx),
            project,
            original,
            strategy,
            new RunCloner.CloneRequest(
                sources(request.config(), request.content()),
                Boolean.TRUE.equals(request.updateCode()),
                request.description()));
    ctx.status(HttpStatus.CREATED).json(view(project, clone, true));
  }

  private void list(Context ctx) {
    Pagination pagination = Pagination.of(ctx);
    RunListRequest request = RunListRequest.of(ctx, kind, zone);
    Project project = lookup.project(ctx, false);
    Page<Run> page =
        runs.list(project, kind, request.query(), pagination.limit(), pagination.offset());
    List<Object> results = new ArrayList<>();
    for (Run run : page.items()) {
      results.add(request.summary() ? summary(project, run, request) : view(project, run, false));
    }
    ctx.json(pagination.view(ctx, results, page.count()));
  }

  /** What {@code metrics=true} and {@code declarations=true} answer for each run. */
  private Map<String, Object> summary(Project project, Run run, RunListRequest request) {
    RunView full = view(project, run, false);
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("id", full.id());
    summary.put("uuid", full.uuid());
    summary.put("unique_name", full.uniqueName());
    if (request.metrics()) {
      summary.put("last_metric", full.lastMetric());
    }
    if (request.declarations()) {
      summary.put("declarations", full.declarations());
    }
    return summary;
  }

  private void get(Context ctx) {
    ctx.json(view(lookup.projectOfRun(ctx, kind), lookup.find(ctx, kind), true));
  }

  private void update(Context ctx) {
    UpdateRequest request = bodies.read(ctx, UpdateRequest.class);
    Run run = lookup.findForUpdate(ctx, kind);
    Run updated = runs.update(run, request.name(), request.description(), request.tags());
    ctx.json(view(lookup.project(ctx, false), updated, true));
  }

  private void delete(Context ctx) {
    runs.delete(lookup.findForUpdate(ctx, kind));
    ctx.status(HttpStatus.NO_CONTENT);
  }

  private void stop(Context ctx) {
    Run stopped = runs.stop(lookup.findForUpdate(ctx, kind));
    ctx.json(view(lookup.project(ctx, false), stopped, false));
  }

  private RunView view(Project project, Run run, boolean detail) {
    return new RunView(
        run.number(),
        run.uuid(),
        run.name(),
        uniqueName(project, run.number()),
        run.username(),
        project.uniqueName(),
        run.description(),
        run.tags(),
        run.status().wireName(),
        run.statusMessage(),
        run.declarations(),
        run.lastMetric(),
        time(run.createdAt()),
        time(run.updatedAt()),
        time(run.startedAt()),
        time(run.finishedAt()),
        run.originalNumber() == null ? null : uniqueName(project, run.originalNumber()),
        run.cloningStrategy() == null ? null : run.cloningStrategy().wireName(),
        run.isClone(),
        time(run.heartbeatAt()),
        detail ? config(run) : null);
  }

  /** As 0.4 names runs: {@code ada.mnist.3} for experiments, {@code ada.mnist.jobs.3} for jobs. */
  private String uniqueName(Project project, long number) {
    return project.uniqueName()
        + "."
        + (kind == RunKind.EXPERIMENT ? "" : kind.plural() + ".")
        + number;
  }

  private JsonNode config(Run run) {
    try {
      return mapper.readTree(run.content());
    } catch (java.io.IOException e) {
      throw new IllegalStateException("A stored Polyaxonfile is not JSON", e);
    }
  }

  private ZonedDateTime time(Instant instant) {
    return instant == null ? null : instant.atZone(zone);
  }
}

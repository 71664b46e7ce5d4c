package org.polyaxon.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.ZoneId;
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
import org.polyaxon.server.http.RunCreateRequests.CreateBody;
import org.polyaxon.spec.SpecSource;

/**
 * Experiments and jobs (reference 3.2): create from a Polyaxonfile, list, get, update, delete,
 * stop, archive, restore, and clones. One instance serves one kind.
 */
final class RunResource {
  private final RunKind kind;
  private final Runs runs;
  private final RunCloner cloner;
  private final RunLookup lookup;
  private final RequestBodies bodies;
  private final RunViews views;
  private final ZoneId zone;

  RunResource(
      RunKind kind,
      Runs runs,
      RunCloner cloner,
      RunLookup lookup,
      RequestBodies bodies,
      RunViews views,
      ZoneId zone) {
    this.kind = kind;
    this.runs = runs;
    this.cloner = cloner;
    this.lookup = lookup;
    this.bodies = bodies;
    this.views = views;
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
    routes.post(base + "/{id}/archive", this::archive);
    routes.post(base + "/{id}/restore", this::restore);
    for (CloningStrategy strategy : CloningStrategy.values()) {
      routes.post(base + "/{id}/" + strategy.wireName(), ctx -> clone(ctx, strategy));
    }
  }

  record UpdateRequest(String name, String description, List<String> tags) {}

  /**
   * The body of restart, resume and copy, all optional: a partial Polyaxonfile to merge over the
   * original's ({@code config} object as the 0.4 CLI sends it, or {@code content} text), {@code
   * update_code} to run the project's latest code, a new description; {@code ttl} is accepted.
   */
  record CloneRequest(
      JsonNode config, String content, Boolean updateCode, String description, Long ttl) {}

  private void create(Context ctx) {
    CreateBody request = bodies.read(ctx, RunCreateRequests.bodyOf(kind));
    request.check();
    Project project = lookup.project(ctx, true);
    Run run =
        runs.create(
            Authenticator.user(ctx),
            project,
            kind,
            new Runs.CreateRequest(
                sources(request),
                request.name(),
                request.description(),
                request.tags(),
                request.declarations() == null ? Map.of() : request.declarations(),
                request.attributes()));
    ctx.status(HttpStatus.CREATED).json(views.of(project, run, true));
  }

  private List<SpecSource> sources(CreateBody request) {
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
    ctx.status(HttpStatus.CREATED).json(views.of(project, clone, true));
  }

  private void list(Context ctx) {
    Pagination pagination = Pagination.of(ctx);
    RunListRequest request = RunListRequest.of(ctx, kind, zone);
    Project project = lookup.project(ctx, false);
    Page<Run> page =
        runs.list(project, kind, request.query(), pagination.limit(), pagination.offset());
    List<Object> results = new ArrayList<>();
    for (Run run : page.items()) {
      results.add(
          request.summary() ? summary(project, run, request) : views.of(project, run, false));
    }
    ctx.json(pagination.view(ctx, results, page.count()));
  }

  /** What {@code metrics=true} and {@code declarations=true} answer for each run. */
  private Map<String, Object> summary(Project project, Run run, RunListRequest request) {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("id", run.number());
    summary.put("uuid", run.uuid());
    summary.put("unique_name", RunViews.uniqueName(project, kind, run.number()));
    if (request.metrics()) {
      summary.put("last_metric", run.lastMetric());
    }
    if (request.declarations()) {
      summary.put("declarations", run.declarations());
    }
    return summary;
  }

  private void get(Context ctx) {
    ctx.json(views.of(lookup.projectOfRun(ctx, kind), lookup.find(ctx, kind), true));
  }

  private void update(Context ctx) {
    UpdateRequest request = bodies.read(ctx, UpdateRequest.class);
    Run run = lookup.findForUpdate(ctx, kind);
    Run updated = runs.update(run, request.name(), request.description(), request.tags());
    ctx.json(views.of(lookup.project(ctx, false), updated, true));
  }

  private void delete(Context ctx) {
    runs.delete(lookup.findForUpdate(ctx, kind));
    ctx.status(HttpStatus.NO_CONTENT);
  }

  private void stop(Context ctx) {
    Run stopped = runs.stop(lookup.findForUpdate(ctx, kind));
    ctx.json(views.of(lookup.project(ctx, false), stopped, false));
  }

  /** Hides the run from listings (stopping it first if it runs), as 0.4 archived runs. */
  private void archive(Context ctx) {
    Run archived = runs.archive(lookup.findForUpdate(ctx, kind));
    ctx.json(views.of(lookup.project(ctx, false), archived, false));
  }

  private void restore(Context ctx) {
    Run restored = runs.restore(lookup.findForUpdate(ctx, kind));
    ctx.json(views.of(lookup.project(ctx, false), restored, false));
  }
}

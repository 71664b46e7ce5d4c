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
import java.util.List;
import java.util.Map;
import org.polyaxon.core.Page;
import org.polyaxon.core.error.InvalidInputException;
import org.polyaxon.core.project.Project;
import org.polyaxon.core.run.Run;
import org.polyaxon.core.run.RunKind;
import org.polyaxon.core.run.Runs;
import org.polyaxon.core.run.StatusChange;
import org.polyaxon.spec.SpecSource;

/**
 * Experiments and jobs (reference 3.2): create from a Polyaxonfile, list, get, update, delete,
 * stop, and the status history. One instance serves one kind.
 */
final class RunResource {
  private final RunKind kind;
  private final Runs runs;
  private final RunLookup lookup;
  private final RequestBodies bodies;
  private final ObjectMapper mapper;
  private final ZoneId zone;

  RunResource(
      RunKind kind,
      Runs runs,
      RunLookup lookup,
      RequestBodies bodies,
      ObjectMapper mapper,
      ZoneId zone) {
    this.kind = kind;
    this.runs = runs;
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
    routes.get(base + "/{id}/statuses", this::statuses);
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
      JsonNode config) {}

  record StatusView(
      String uuid, String status, String message, String traceback, ZonedDateTime createdAt) {}

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
    List<SpecSource> sources = new ArrayList<>();
    if (request.config() != null && !request.config().isNull()) {
      if (!request.config().isObject()) {
        throw new InvalidInputException(
            "Field 'config': expected the Polyaxonfile as a JSON object");
      }
      sources.add(new SpecSource("config", request.config().toPrettyString()));
    }
    if (request.content() != null) {
      sources.add(new SpecSource("content", request.content()));
    }
    if (sources.isEmpty()) {
      throw new InvalidInputException(
          "The Polyaxonfile is missing: send it as 'config' (a JSON object) or 'content' (text)");
    }
    return sources;
  }

  private void list(Context ctx) {
    Pagination pagination = Pagination.of(ctx);
    Project project = lookup.project(ctx, false);
    Page<Run> page = runs.list(project, kind, pagination.limit(), pagination.offset());
    ctx.json(
        pagination.view(
            ctx,
            page.items().stream().map(run -> view(project, run, false)).toList(),
            page.count()));
  }

  private void get(Context ctx) {
    ctx.json(view(lookup.project(ctx, false), lookup.find(ctx, kind), true));
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

  private void statuses(Context ctx) {
    Pagination pagination = Pagination.of(ctx);
    List<StatusChange> all = runs.statuses(lookup.find(ctx, kind));
    List<StatusView> page =
        all.stream()
            .skip(pagination.offset())
            .limit(pagination.limit())
            .map(
                s ->
                    new StatusView(
                        s.uuid(),
                        s.status().wireName(),
                        s.message(),
                        s.traceback(),
                        time(s.createdAt())))
            .toList();
    ctx.json(pagination.view(ctx, page, all.size()));
  }

  private RunView view(Project project, Run run, boolean detail) {
    return new RunView(
        run.number(),
        run.uuid(),
        run.name(),
        project.uniqueName()
            + "."
            + (kind == RunKind.EXPERIMENT ? "" : kind.plural() + ".")
            + run.number(),
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
        detail ? config(run) : null);
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

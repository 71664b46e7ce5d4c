package org.polyaxon.server.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.polyaxon.core.Page;
import org.polyaxon.core.error.InvalidInputException;
import org.polyaxon.core.metric.IngestReceipt;
import org.polyaxon.core.metric.Metrics;
import org.polyaxon.core.metric.Observation;
import org.polyaxon.core.metric.RecordedObservation;
import org.polyaxon.core.metric.SeriesBucket;
import org.polyaxon.core.run.Run;
import org.polyaxon.core.run.RunKind;
import org.polyaxon.server.http.MetricBodyReader.MetricBody;

/**
 * Experiment metrics of reference 3.2: {@code POST …/experiments/{id}/metrics} stores one
 * observation or a list of them (idempotent with an {@code Idempotency-Key} header); {@code GET}
 * lists them as 0.4 does, or with {@code names}/{@code points} returns downsampled series.
 */
final class MetricResource {
  static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  static final String REPLAYED = "Idempotent-Replayed";
  static final int DEFAULT_POINTS = 500;

  private final RunLookup lookup;
  private final Metrics metrics;
  private final MetricBodyReader reader;
  private final ZoneId zone;

  MetricResource(RunLookup lookup, Metrics metrics, ZoneId zone) {
    this.lookup = lookup;
    this.metrics = metrics;
    this.reader = new MetricBodyReader(zone);
    this.zone = zone;
  }

  void register(RoutesConfig routes) {
    routes.post("/api/v1/{user}/{project}/experiments/{id}/metrics", this::create);
    routes.get("/api/v1/{user}/{project}/experiments/{id}/metrics", this::get);
  }

  /**
   * One observation as 0.4 lists it; {@code experiment} is the experiment's number. {@code uuid} is
   * derived from the run's uuid and the observation's number, so it is the same on every read
   * without being stored (see {@link #observationUuid}).
   */
  record MetricView(
      long id, String uuid, long experiment, ZonedDateTime createdAt, Map<String, Double> values) {

    MetricView(Run run, long id, Instant createdAt, ZoneId zone, Map<String, Double> values) {
      this(id, observationUuid(run, id), run.number(), createdAt.atZone(zone), values);
    }
  }

  /**
   * A name-based (version 3) UUID of the run's uuid and the observation's number, as 32 hex
   * characters like 0.4's: stable, unique per observation, and free of a column in the narrow
   * metric rows.
   */
  static String observationUuid(Run run, long observation) {
    return UUID.nameUUIDFromBytes(
            ("polyaxon-metric:" + run.uuid() + ":" + observation).getBytes(StandardCharsets.UTF_8))
        .toString()
        .replace("-", "");
  }

  /** The answer to a list: how many observations and points were stored, and their ids. */
  record BatchView(int count, int points, long firstId, long lastId) {}

  /** One bucket of a downsampled series. */
  record BucketView(
      long id, ZonedDateTime createdAt, long count, double min, double max, double avg) {}

  private void create(Context ctx) {
    Run run = lookup.findForTracking(ctx, RunKind.EXPERIMENT);
    MetricBody body = reader.read(ctx);
    IngestReceipt receipt =
        metrics.record(run.id(), ctx.header(IDEMPOTENCY_KEY), body.observations());
    if (receipt.replayed()) {
      ctx.header(REPLAYED, "true");
    }
    ctx.status(HttpStatus.CREATED);
    if (body.single()) {
      Observation sent = body.observations().get(0);
      Instant time = sent.createdAt() != null ? sent.createdAt() : receipt.receivedAt();
      ctx.json(new MetricView(run, receipt.firstId(), time, zone, sent.values()));
    } else {
      ctx.json(
          new BatchView(
              receipt.observations(), receipt.points(), receipt.firstId(), receipt.lastId()));
    }
  }

  private void get(Context ctx) {
    Run run = lookup.find(ctx, RunKind.EXPERIMENT);
    String names = ctx.queryParam("names");
    String points = ctx.queryParam("points");
    if (names == null && points == null) {
      list(ctx, run);
    } else {
      series(ctx, run, names, points);
    }
  }

  private void list(Context ctx, Run run) {
    Pagination pagination = Pagination.of(ctx);
    Page<RecordedObservation> page =
        metrics.list(run.id(), pagination.limit(), pagination.offset());
    List<MetricView> results =
        page.items().stream()
            .map(o -> new MetricView(run, o.id(), o.createdAt(), zone, o.values()))
            .toList();
    ctx.json(pagination.view(ctx, results, page.count()));
  }

  private void series(Context ctx, Run run, String names, String points) {
    List<String> wanted =
        names == null || names.isBlank()
            ? List.of()
            : Arrays.stream(names.split(",")).map(String::trim).distinct().toList();
    Map<String, List<BucketView>> series = new LinkedHashMap<>();
    metrics
        .series(run.id(), wanted, buckets(points))
        .forEach((name, buckets) -> series.put(name, buckets.stream().map(this::view).toList()));
    ctx.json(series);
  }

  private static int buckets(String text) {
    if (text == null || text.isEmpty()) {
      return DEFAULT_POINTS;
    }
    try {
      int value = Integer.parseInt(text);
      if (value >= 1 && value <= Metrics.MAX_BUCKETS) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidInputException(
        "Query parameter 'points': expected a whole number from 1 to "
            + Metrics.MAX_BUCKETS
            + ", got '"
            + text
            + "'");
  }

  private BucketView view(SeriesBucket b) {
    return new BucketView(b.id(), b.createdAt().atZone(zone), b.count(), b.min(), b.max(), b.avg());
  }
}

package org.polyaxon.server.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code GET /metrics} in the Prometheus text format (JVM, process and HTTP request meters), and
 * {@code GET /_status}: health plus what this process is (version, installation, role, executor).
 * Neither needs a token, like {@code /_health}: they say nothing about users' data.
 */
final class MonitoringResource {
  private static final String STARTED = "polyaxon.started.nanos";

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final HealthResource health;
  private final Map<String, Object> identity;

  /**
   * @param identity what {@code /_status} says this process is (installation, role, executor)
   */
  MonitoringResource(HealthResource health, Map<String, Object> identity) {
    this.health = health;
    this.identity = Map.copyOf(identity);
    new ClassLoaderMetrics().bindTo(registry);
    new JvmMemoryMetrics().bindTo(registry);
    new JvmGcMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
  }

  /** Where other parts of the server register their meters, so that /metrics shows them. */
  MeterRegistry registry() {
    return registry;
  }

  void register(RoutesConfig routes) {
    routes.before(ctx -> ctx.attribute(STARTED, System.nanoTime()));
    routes.after(this::record);
    routes.get("/metrics", this::scrape);
    routes.get("/_status", this::status);
  }

  /** Times every request by method, route template and status, so ids do not explode labels. */
  private void record(Context ctx) {
    Long started = ctx.attribute(STARTED);
    if (started == null) {
      return;
    }
    Endpoint endpoint = ctx.endpoints().lastHttpEndpoint();
    Timer.builder("polyaxon.http.requests")
        .tag("method", ctx.method().name())
        .tag("route", endpoint == null ? "unmatched" : endpoint.path)
        .tag("status", Integer.toString(ctx.statusCode()))
        .register(registry)
        .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
  }

  private void scrape(Context ctx) {
    ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape());
  }

  private void status(Context ctx) {
    Map<String, Object> body = new LinkedHashMap<>(health.report());
    body.putAll(identity);
    ctx.status((int) body.remove("http_status")).json(body);
  }
}

package org.polyaxon.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.polyaxon.server.Http;
import org.polyaxon.testing.FreshDatabase;

/**
 * Keeps {@link SortedListingBenchmark} working and prints its figures; it checks that the pages are
 * right, not how fast they came (the machine is shared). Measure with {@code
 * -Dbench.experiments=100000 -Dbench.requests=200}; docs/performance.md has the command and the
 * figures.
 */
class SortedListingBenchmarkIT {
  @RegisterExtension static final FreshDatabase DB = new FreshDatabase();
  private static final String BASE = "/api/v1/ada/bench/experiments";
  @TempDir Path home;

  @Test
  void measuresSortedAndFilteredPagesOfABigProject() throws Exception {
    int experiments = Integer.getInteger("bench.experiments", 2_000);
    int requests = Integer.getInteger("bench.requests", 20);
    try (TestPlatform platform = new TestPlatform(DB, home, Clock.systemUTC(), config -> config)) {
      platform.createProject(platform.adaToken, "bench", true);
      SortedListingBenchmark.load(DB.dataSource(), "ada", "bench", experiments);
      Http ada = platform.ada();
      String sorted = SortedListingBenchmark.path(BASE, "sort", "metric.loss", "limit", "20");
      String filtered =
          SortedListingBenchmark.path(
              BASE,
              "query",
              "metric.loss:<0.5,status:succeeded",
              "sort",
              "metric.loss",
              "limit",
              "20");
      String newest = SortedListingBenchmark.path(BASE, "limit", "20");

      JsonNode first = ada.get(sorted).body();
      assertThat(first.get("count").asLong()).isEqualTo(experiments);
      assertThat(losses(first)).hasSize(20).isSorted();
      JsonNode good = ada.get(filtered).body();
      assertThat(losses(good)).hasSize(20).isSorted().allMatch(loss -> loss < 0.5);
      assertThat(good.get("results").findValuesAsText("last_status")).containsOnly("succeeded");

      List<String> paths = List.of(sorted, filtered, newest);
      SortedListingBenchmark.measure(ada, paths, Math.max(10, requests / 4)); // warm-up
      List<double[]> millis = SortedListingBenchmark.measure(ada, paths, requests);
      for (int p = 0; p < paths.size(); p++) {
        System.out.printf(
            Locale.ROOT,
            "GET %s over %d experiments, %d requests: median %.1f ms, p95 %.1f ms, max %.1f ms%n",
            paths.get(p),
            experiments,
            requests,
            SortedListingBenchmark.percentile(millis.get(p), 0.5),
            SortedListingBenchmark.percentile(millis.get(p), 0.95),
            SortedListingBenchmark.percentile(millis.get(p), 1.0));
        assertThat(millis.get(p)).hasSize(requests);
        assertThat(SortedListingBenchmark.percentile(millis.get(p), 0.0)).isPositive();
      }
    }
  }

  private static List<Double> losses(JsonNode page) {
    List<Double> losses = new ArrayList<>();
    page.get("results").forEach(run -> losses.add(run.get("last_metric").get("loss").asDouble()));
    return losses;
  }
}

package org.polyaxon.core.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.polyaxon.core.Page;
import org.polyaxon.core.error.InvalidInputException;

class MetricsTest {
  private static final Instant NOW = Instant.parse("2024-03-01T12:00:00Z");

  /** Keeps the batches it is given. */
  private static final class RecordingStore implements MetricStore {
    final List<MetricBatch> batches = new ArrayList<>();

    @Override
    public IngestReceipt ingest(long runId, MetricBatch batch, Instant now) {
      batches.add(batch);
      return new IngestReceipt(1, batch.observations().size(), batch.points(), now, false);
    }

    @Override
    public Page<RecordedObservation> observations(long runId, int limit, int offset) {
      return new Page<>(List.of(), 0);
    }

    @Override
    public Map<String, List<SeriesBucket>> series(long runId, List<String> names, int buckets) {
      return Map.of();
    }

    @Override
    public Map<String, Double> lastValues(long runId) {
      return Map.of();
    }
  }

  private final RecordingStore store = new RecordingStore();
  private final Metrics metrics = new Metrics(store, Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void observationsWithoutATimeAreDatedNow() {
    Instant earlier = NOW.minusSeconds(60);
    metrics.record(
        1,
        null,
        List.of(
            new Observation(earlier, Map.of("a", 1.0)), new Observation(null, Map.of("a", 2.0))));

    assertThat(store.batches.get(0).observations())
        .extracting(Observation::createdAt)
        .containsExactly(earlier, NOW);
  }

  @Test
  void theFingerprintIsOfTheBatchAsSent() {
    List<Observation> undated = List.of(new Observation(null, Map.of("a", 1.0)));
    List<Observation> dated = List.of(new Observation(NOW, Map.of("a", 1.0)));
    Map<String, Double> twoNames = new LinkedHashMap<>();
    twoNames.put("a", 1.0);
    twoNames.put("b", 2.0);

    assertThat(Metrics.fingerprint(undated)).isEqualTo(Metrics.fingerprint(List.copyOf(undated)));
    assertThat(Metrics.fingerprint(undated)).isNotEqualTo(Metrics.fingerprint(dated));
    assertThat(Metrics.fingerprint(undated))
        .isNotEqualTo(Metrics.fingerprint(List.of(new Observation(null, Map.of("a", 1.5)))));
    assertThat(Metrics.fingerprint(List.of(new Observation(null, twoNames))))
        .isNotEqualTo(
            Metrics.fingerprint(
                List.of(
                    new Observation(null, Map.of("a", 1.0)),
                    new Observation(null, Map.of("b", 2.0)))));
    assertThat(Metrics.fingerprint(undated)).hasSize(64);
  }

  @Test
  void batchesAreBounded() {
    List<Observation> tooMany = new ArrayList<>();
    Map<String, Double> values = new LinkedHashMap<>();
    for (int i = 0; i < 1_000; i++) {
      values.put("m" + i, 1.0);
    }
    Observation wide = new Observation(null, values);
    for (int i = 0; i <= MetricRules.MAX_POINTS_PER_BATCH / 1_000; i++) {
      tooMany.add(wide);
    }

    assertThatThrownBy(() -> metrics.record(1, null, tooMany))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("A batch may hold at most 100000 points");
    assertThatThrownBy(() -> metrics.record(1, null, List.of()))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> metrics.record(1, "", List.of(wide)))
        .hasMessageStartingWith("Idempotency key: expected 1 to 200");
    assertThatThrownBy(() -> metrics.record(1, "x".repeat(201), List.of(wide)))
        .isInstanceOf(InvalidInputException.class);
    assertThat(store.batches).isEmpty();
  }

  @Test
  void observationsRefuseWhatCannotBeCharted() {
    assertThatThrownBy(() -> new Observation(null, Map.of()))
        .hasMessage("values: expected at least one metric");
    assertThatThrownBy(() -> new Observation(null, Map.of("loss", Double.NaN)))
        .hasMessage("values.loss: expected a finite number, got NaN");
    assertThatThrownBy(() -> new Observation(null, Map.of("lo\nss", 1.0)))
        .hasMessage("values: a metric name must not contain control characters");
    assertThatThrownBy(() -> new Observation(null, Map.of("x".repeat(257), 1.0)))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void seriesBucketsAreBounded() {
    assertThatThrownBy(() -> metrics.series(1, List.of(), 0))
        .hasMessage("points: expected a whole number from 1 to 10000, got 0");
    assertThatThrownBy(() -> metrics.series(1, List.of(), Metrics.MAX_BUCKETS + 1))
        .isInstanceOf(InvalidInputException.class);
    assertThat(metrics.series(1, List.of("loss"), 10)).isEmpty();
  }
}

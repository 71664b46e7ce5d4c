package org.polyaxon.store.postgres;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.polyaxon.core.metric.Observation;

/**
 * The rows of {@code run_metrics} in PostgreSQL's binary COPY format. Binary rather than text: the
 * server copies doubles and timestamps as they are instead of parsing their decimal form, which
 * measured faster (docs/performance.md), and no value needs escaping.
 */
final class MetricCopyRows {
  /** Column order of the rows; the COPY statement must list the same. */
  static final String COPY_SQL =
      "COPY run_metrics (run_id, name, seq, value, created_at) FROM STDIN (FORMAT binary)";

  private static final byte[] SIGNATURE = {
    'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0
  };
  private static final int FIELDS = 5;
  // Every fixed-size field is 4 bytes of length and 8 of data; the name adds its own bytes.
  private static final int FIXED_ROW_BYTES = Short.BYTES + 4 * (Integer.BYTES + Long.BYTES);
  private static final long POSTGRES_EPOCH_SECOND = 946_684_800L; // 2000-01-01T00:00:00Z

  private MetricCopyRows() {}

  /** One row per point; observation {@code i} gets the seq {@code firstSeq + i}. */
  static ByteBuffer encode(long runId, long firstSeq, List<Observation> observations) {
    Map<String, byte[]> names = new HashMap<>();
    int size = SIGNATURE.length + 2 * Integer.BYTES + Short.BYTES;
    for (Observation observation : observations) {
      for (String name : observation.values().keySet()) {
        byte[] bytes = names.computeIfAbsent(name, n -> n.getBytes(StandardCharsets.UTF_8));
        size += FIXED_ROW_BYTES + Integer.BYTES + bytes.length;
      }
    }
    ByteBuffer out = ByteBuffer.allocate(size);
    out.put(SIGNATURE).putInt(0).putInt(0);
    long seq = firstSeq;
    for (Observation observation : observations) {
      long micros = postgresMicros(observation.createdAt());
      for (Map.Entry<String, Double> point : observation.values().entrySet()) {
        byte[] name = names.get(point.getKey());
        out.putShort((short) FIELDS);
        out.putInt(Long.BYTES).putLong(runId);
        out.putInt(name.length).put(name);
        out.putInt(Long.BYTES).putLong(seq);
        out.putInt(Long.BYTES).putDouble(point.getValue());
        out.putInt(Long.BYTES).putLong(micros);
      }
      seq++;
    }
    out.putShort((short) -1);
    return out.flip();
  }

  /** A timestamptz on the wire: microseconds since 2000-01-01 UTC. */
  static long postgresMicros(Instant time) {
    return (time.getEpochSecond() - POSTGRES_EPOCH_SECOND) * 1_000_000L + time.getNano() / 1_000;
  }
}

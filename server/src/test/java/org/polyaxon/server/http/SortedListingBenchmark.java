package org.polyaxon.server.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.polyaxon.server.Http;

/**
 * Measures run listings over a big project: {@code GET …/experiments?sort=metric.loss&limit=20} and
 * a filtered variant, through HTTP on a real platform, one request after another. The experiments
 * are written with one {@code INSERT … SELECT} rather than created through the API (the listing is
 * what is measured, not creation); they look like finished experiments with two metrics, and one in
 * twenty never reported any.
 */
final class SortedListingBenchmark {
  /** A compiled Polyaxonfile of a typical size. */
  private static final String CONTENT =
      "{\"version\": 1, \"kind\": \"experiment\", \"declarations\": {\"lr\": 0.01, \"batch\": 64},"
          + " \"environment\": {\"resources\": {\"cpu\": {\"requests\": 1, \"limits\": 2}}},"
          + " \"build\": {\"image\": \"python:3.11\", \"build_steps\": [\"pip install -r"
          + " requirements.txt\"]}, \"run\": {\"cmd\": \"python train.py --lr={{ lr }}"
          + " --batch={{ batch }}\"}}";

  private SortedListingBenchmark() {}

  /**
   * Adds {@code experiments} finished experiments to {@code user}'s existing {@code project}: loss
   * and acc pseudo-random (a fixed seed), a fifth of them failed, numbered after those it has.
   */
  static void load(DataSource dataSource, String user, String project, int experiments)
      throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      long projectId;
      long ownerId;
      try (PreparedStatement find =
          connection.prepareStatement(
              "SELECT p.id, p.owner_id FROM projects p JOIN users u ON u.id = p.owner_id"
                  + " WHERE u.username = ? AND p.name = ?")) {
        find.setString(1, user);
        find.setString(2, project);
        try (ResultSet found = find.executeQuery()) {
          found.next();
          projectId = found.getLong(1);
          ownerId = found.getLong(2);
        }
      }
      try (Statement seed = connection.createStatement()) {
        seed.execute("SELECT setseed(0.42)");
      }
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO runs (uuid, project_id, kind, number, user_id, name, tags, content,"
                  + " declarations, status, last_metric, metric_count, created_at, updated_at,"
                  + " started_at, finished_at)"
                  + " SELECT md5(? || '-' || i), ?, 'experiment', i, ?, 'trial-' || i,"
                  + " ARRAY['bench'], CAST(? AS jsonb),"
                  + " jsonb_build_object('lr', 1.0 / (1 + i % 100), 'batch', 32 * (1 + i % 4)),"
                  + " CASE WHEN i % 5 = 0 THEN 'failed' ELSE 'succeeded' END,"
                  + " CASE WHEN i % 20 = 0 THEN '{}'::jsonb ELSE jsonb_build_object("
                  + "'loss', round(random()::numeric, 6), 'acc', round(random()::numeric, 6)) END,"
                  + " CASE WHEN i % 20 = 0 THEN 0 ELSE 100 END,"
                  + " t, t, t, t + interval '10 minutes'"
                  + " FROM generate_series(1, ?) i,"
                  + " LATERAL (SELECT timestamptz '2024-01-01 00:00Z' + i * interval '1 minute') s(t)"
                  + " ON CONFLICT DO NOTHING")) {
        insert.setString(1, user + "/" + project);
        insert.setLong(2, projectId);
        insert.setLong(3, ownerId);
        insert.setString(4, CONTENT);
        insert.setInt(5, experiments);
        insert.executeUpdate();
      }
      try (PreparedStatement latest =
              connection.prepareStatement(
                  "INSERT INTO run_last_metrics (run_id, project_id, kind, name, value)"
                      + " SELECT r.id, r.project_id, r.kind, m.key, (m.value #>> '{}')::double"
                      + " precision FROM runs r, jsonb_each(r.last_metric) m WHERE r.project_id = ?");
          PreparedStatement counter =
              connection.prepareStatement(
                  "INSERT INTO run_counters (project_id, kind, last) VALUES (?, 'experiment', ?)"
                      + " ON CONFLICT (project_id, kind) DO UPDATE SET last = EXCLUDED.last")) {
        latest.setLong(1, projectId);
        latest.executeUpdate();
        counter.setLong(1, projectId);
        counter.setLong(2, experiments);
        counter.executeUpdate();
      }
      connection.commit();
      connection.setAutoCommit(true);
      // What autovacuum does soon after a bulk insert: statistics and the visibility map.
      try (Statement vacuum = connection.createStatement()) {
        vacuum.execute("VACUUM ANALYZE runs, run_last_metrics");
      }
    }
  }

  /** The path of a listing with these unencoded parameters, {@code name=value} pairs. */
  static String path(String base, String... parameters) {
    StringBuilder path = new StringBuilder(base).append('?');
    for (int i = 0; i < parameters.length; i += 2) {
      path.append(i == 0 ? "" : "&")
          .append(parameters[i])
          .append('=')
          .append(URLEncoder.encode(parameters[i + 1], StandardCharsets.UTF_8));
    }
    return path.toString();
  }

  /**
   * Milliseconds of {@code requests} GETs of each path, which must all answer 200, one array per
   * path. The paths take turns, so that load from elsewhere on the machine hits them alike.
   */
  static List<double[]> measure(Http http, List<String> paths, int requests) {
    List<double[]> millis = new ArrayList<>();
    paths.forEach(path -> millis.add(new double[requests]));
    for (int i = 0; i < requests; i++) {
      for (int p = 0; p < paths.size(); p++) {
        long start = System.nanoTime();
        Http.Response response = http.get(paths.get(p));
        millis.get(p)[i] = (System.nanoTime() - start) / 1e6;
        if (response.status() != 200) {
          throw new IllegalStateException(paths.get(p) + " answered " + response.text());
        }
      }
    }
    return millis;
  }

  /** The value below which {@code fraction} of the values lie (nearest rank). */
  static double percentile(double[] values, double fraction) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(fraction * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }
}

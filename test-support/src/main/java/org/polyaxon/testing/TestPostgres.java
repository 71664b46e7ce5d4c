package org.polyaxon.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * One embedded PostgreSQL per test JVM, started on first use and stopped when the JVM exits. Test
 * classes never share a database: each gets its own from {@link #createDatabase(String)}.
 */
final class TestPostgres {
  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private static EmbeddedPostgres server;

  private TestPostgres() {}

  static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("Could not start the embedded PostgreSQL for tests", e);
      }
    }
    return server;
  }

  /** Creates an empty database whose name starts with a readable form of {@code owner}. */
  static String createDatabase(String owner) {
    String name = ("t_" + owner.replaceAll("[^A-Za-z0-9]", "_")).toLowerCase(Locale.ROOT);
    name = name.substring(0, Math.min(name.length(), 50)) + "_" + SEQUENCE.incrementAndGet();
    execute(server().getPostgresDatabase(), "CREATE DATABASE " + name);
    return name;
  }

  static void dropDatabase(String name) {
    execute(server().getPostgresDatabase(), "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }

  private static void execute(DataSource dataSource, String sql) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("Test database statement failed: " + sql, e);
    }
  }
}

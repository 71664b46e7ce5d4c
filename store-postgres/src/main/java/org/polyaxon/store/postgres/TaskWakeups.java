package org.polyaxon.store.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Wakes the scheduler when work is queued: a dedicated connection LISTENs on the tasks channel, so
 * a new run starts within milliseconds instead of at the next polling interval. The tasks
 * themselves are only wake-ups: the reconciler reads what to do from the runs.
 */
public final class TaskWakeups implements AutoCloseable {
  private final Connection connection;
  private final DataSource dataSource;

  private TaskWakeups(Connection connection, DataSource dataSource) {
    this.connection = connection;
    this.dataSource = dataSource;
  }

  /** Opens the listening connection ({@code jdbcUrl}, not the pool: it is held forever). */
  public static TaskWakeups listen(String jdbcUrl, String user, String password, DataSource pool) {
    try {
      Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
      try (Statement statement = connection.createStatement()) {
        statement.execute("LISTEN " + PostgresRunStore.TASKS_CHANNEL);
      }
      return new TaskWakeups(connection, pool);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot LISTEN for scheduler tasks: " + e.getMessage(), e);
    }
  }

  /** Waits until a task is queued or {@code timeout} passes; true if woken by a task. */
  public boolean await(Duration timeout) {
    try {
      PGNotification[] notifications =
          connection
              .unwrap(PGConnection.class)
              .getNotifications((int) Math.max(1, timeout.toMillis()));
      return notifications != null && notifications.length > 0;
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Lost the scheduler's LISTEN connection: " + e.getMessage(), e);
    }
  }

  /** Removes the queued tasks this pass is about to act on; returns how many there were. */
  public int drain() {
    try (Connection c = dataSource.getConnection();
        Statement statement = c.createStatement()) {
      return statement.executeUpdate("DELETE FROM tasks WHERE not_before <= now()");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot drain the task queue: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}

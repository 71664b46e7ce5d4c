package org.polyaxon.store.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Wakes the scheduler when work is queued: a dedicated connection LISTENs on the tasks channel, so
 * a new run starts within milliseconds instead of at the next polling interval. What to do is in
 * the {@link PostgresTaskQueue}; a notification only says to look.
 */
public final class TaskWakeups implements AutoCloseable {
  private final Connection connection;

  private TaskWakeups(Connection connection) {
    this.connection = connection;
  }

  /** Opens the listening connection ({@code jdbcUrl}, not the pool: it is held forever). */
  public static TaskWakeups listen(String jdbcUrl, String user, String password) {
    try {
      Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
      try (Statement statement = connection.createStatement()) {
        statement.execute("LISTEN " + PostgresRunStore.TASKS_CHANNEL);
      }
      return new TaskWakeups(connection);
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

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}

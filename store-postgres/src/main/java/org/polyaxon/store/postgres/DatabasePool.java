package org.polyaxon.store.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;

/** The connection pool every store of the platform shares. */
public final class DatabasePool implements AutoCloseable {
  private final HikariDataSource dataSource;
  private final String jdbcUrl;
  private final String username;
  private final String password;

  public DatabasePool(String jdbcUrl, String username, String password, int maximumPoolSize) {
    this.jdbcUrl = jdbcUrl;
    this.username = username;
    this.password = password;
    HikariConfig config = new HikariConfig();
    config.setPoolName("polyaxon");
    config.setJdbcUrl(jdbcUrl);
    config.setUsername(username);
    config.setPassword(password);
    config.setMaximumPoolSize(maximumPoolSize);
    this.dataSource = new HikariDataSource(config);
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /** Opens a connection outside the pool, for one held for good (LISTEN). */
  public TaskWakeups listenForTasks() {
    return TaskWakeups.listen(jdbcUrl, username, password);
  }

  @Override
  public void close() {
    dataSource.close();
  }
}

package org.polyaxon.store.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;

/** The connection pool every store of the platform shares. */
public final class DatabasePool implements AutoCloseable {
  private final HikariDataSource dataSource;

  public DatabasePool(String jdbcUrl, String username, String password, int maximumPoolSize) {
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

  @Override
  public void close() {
    dataSource.close();
  }
}

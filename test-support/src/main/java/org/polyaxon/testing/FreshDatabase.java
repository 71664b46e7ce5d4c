package org.polyaxon.testing;

import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit 5 extension that gives a test class its own empty PostgreSQL database, created before its
 * first test and dropped after its last, on the JVM's one embedded server.
 *
 * <pre>{@code
 * @RegisterExtension static final FreshDatabase DB = new FreshDatabase();
 * }</pre>
 */
public final class FreshDatabase implements BeforeAllCallback, AfterAllCallback {
  private String name;

  @Override
  public void beforeAll(ExtensionContext context) {
    name = TestPostgres.createDatabase(context.getRequiredTestClass().getSimpleName());
  }

  @Override
  public void afterAll(ExtensionContext context) {
    TestPostgres.dropDatabase(name);
    name = null;
  }

  /** A connection source for this class's database; valid between beforeAll and afterAll. */
  public DataSource dataSource() {
    return TestPostgres.server().getDatabase("postgres", requireName());
  }

  public String jdbcUrl() {
    return TestPostgres.server().getJdbcUrl("postgres", requireName());
  }

  /** The port the JVM's embedded PostgreSQL listens on, at 127.0.0.1, user postgres. */
  public int port() {
    return TestPostgres.server().getPort();
  }

  public String databaseName() {
    return requireName();
  }

  private String requireName() {
    if (name == null) {
      throw new IllegalStateException(
          "FreshDatabase is used outside its test class; register it as a static @RegisterExtension");
    }
    return name;
  }
}

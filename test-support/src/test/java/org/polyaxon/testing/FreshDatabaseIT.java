package org.polyaxon.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FreshDatabaseIT {
  @RegisterExtension static final FreshDatabase DB = new FreshDatabase();

  @Test
  void eachClassGetsItsOwnEmptyDatabase() throws SQLException {
    try (Connection connection = DB.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      assertThat(queryString(statement, "SELECT current_database()")).isEqualTo(DB.databaseName());
      assertThat(DB.databaseName()).startsWith("t_freshdatabaseit_");
      assertThat(
              queryString(
                  statement,
                  "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"))
          .isEqualTo("0");
    }
  }

  @Test
  void anotherClassCannotSeeThisDatabase() throws SQLException {
    // OtherClassDatabase runs in the same JVM and creates a table of the same name.
    try (Connection connection = DB.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE IF NOT EXISTS shared_name (v INT)");
      statement.execute("INSERT INTO shared_name VALUES (1)");
      assertThat(queryString(statement, "SELECT count(*) FROM shared_name")).isEqualTo("1");
    }
  }

  static String queryString(Statement statement, String sql) throws SQLException {
    try (ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}

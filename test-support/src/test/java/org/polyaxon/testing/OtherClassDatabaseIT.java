package org.polyaxon.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.polyaxon.testing.FreshDatabaseIT.queryString;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OtherClassDatabaseIT {
  @RegisterExtension static final FreshDatabase DB = new FreshDatabase();

  @Test
  void startsEmptyWhateverOtherClassesDid() throws SQLException {
    try (Connection connection = DB.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE shared_name (v INT)");
      assertThat(queryString(statement, "SELECT count(*) FROM shared_name")).isEqualTo("0");
      assertThat(DB.jdbcUrl()).contains(DB.databaseName());
    }
  }
}

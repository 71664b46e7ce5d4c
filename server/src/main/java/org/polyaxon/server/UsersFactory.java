package org.polyaxon.server;

import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.polyaxon.core.auth.Users;
import org.polyaxon.server.config.Options;
import org.polyaxon.server.config.PlatformConfig;
import org.polyaxon.store.postgres.PostgresUserStore;

/** Wires {@link Users} to PostgreSQL with the configured password length and token lifetime. */
final class UsersFactory {
  private UsersFactory() {}

  static Users create(DataSource dataSource, PlatformConfig config, Clock clock) {
    return new Users(
        new PostgresUserStore(Jdbi.create(dataSource)),
        clock,
        config.get(Options.PASSWORD_LENGTH),
        Duration.ofDays(config.get(Options.TTL_TOKEN_DAYS)));
  }
}

package org.polyaxon.server;

import java.util.concurrent.Callable;
import org.polyaxon.store.postgres.DatabaseMigrator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code polyaxon admin migrate}: brings the database schema up to this version. */
@Command(
    name = "migrate",
    mixinStandardHelpOptions = true,
    description = "Apply the database migrations of this version (the chart's pre-upgrade hook).")
final class MigrateCommand implements Callable<Integer> {
  @Mixin DatabaseOptions database;

  @Override
  public Integer call() {
    return AdminTask.run(
        "migrate",
        database,
        (dataSource, config, clock) ->
            System.out.println(
                "Database schema at version " + DatabaseMigrator.migrate(dataSource)));
  }
}

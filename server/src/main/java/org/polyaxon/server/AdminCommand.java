package org.polyaxon.server;

import picocli.CommandLine.Command;

/** {@code polyaxon admin ...}: operations the Helm hooks and operators run against a database. */
@Command(
    name = "admin",
    mixinStandardHelpOptions = true,
    description = "Operate on the platform's database: migrate it, create the root user.",
    subcommands = {MigrateCommand.class, CreateRootCommand.class})
final class AdminCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}

package org.polyaxon.server;

import picocli.CommandLine.Command;

/** {@code polyaxon admin ...}: operations the Helm hooks and operators run against a database. */
@Command(
    name = "admin",
    mixinStandardHelpOptions = true,
    description = "Operations for operators and the chart's hooks: migrate, create-root, cleanup.",
    subcommands = {MigrateCommand.class, CreateRootCommand.class, CleanupCommand.class})
final class AdminCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}

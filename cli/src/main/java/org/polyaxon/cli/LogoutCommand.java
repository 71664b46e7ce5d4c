package org.polyaxon.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code polyaxon logout}: forgets the stored token. */
@Command(
    name = "logout",
    mixinStandardHelpOptions = true,
    description = "Log out: delete the stored token.")
final class LogoutCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Cli cli = Cli.of(spec);
    boolean existed = AuthStore.delete(cli.context().home());
    cli.output().say(existed ? "Logged out." : "Not logged in.");
    return 0;
  }
}

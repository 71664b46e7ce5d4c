package org.polyaxon.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code polyaxon superuser grant|revoke USERNAME}: for superusers. */
@Command(
    name = "superuser",
    mixinStandardHelpOptions = true,
    description = "Grant or revoke superuser rights (superusers only).")
final class SuperuserCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }

  @Command(name = "grant", description = "Make a user a superuser.")
  int grant(@Parameters(paramLabel = "USERNAME") String username) {
    return change("grant", username, "User " + username + " is now a superuser.");
  }

  @Command(name = "revoke", description = "Make a superuser a normal user.")
  int revoke(@Parameters(paramLabel = "USERNAME") String username) {
    return change("revoke", username, "User " + username + " is no longer a superuser.");
  }

  private int change(String action, String username, String message) {
    Cli cli = Cli.of(spec);
    JsonNode result = cli.api().post("/superusers/" + action + "/" + username, null);
    cli.show(result, () -> cli.output().line(message));
    return 0;
  }
}

package org.polyaxon.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code polyaxon user create|activate|deactivate|delete USERNAME}: for superusers. */
@Command(
    name = "user",
    mixinStandardHelpOptions = true,
    description = "Manage users (superusers only).")
final class UserCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }

  @Command(name = "create", description = "Create a user.")
  int create(
      @Parameters(paramLabel = "USERNAME") String username,
      @Option(names = "--email", required = true, description = "The e-mail address.") String email,
      @Option(
              names = "--password",
              description = "The password (asked for without echo when left out).")
          String password,
      @Option(names = "--superuser", description = "Make the user a superuser.")
          boolean superuser) {
    Cli cli = Cli.of(spec);
    String secret =
        password != null
            ? password
            : new String(cli.context().prompter().readPassword("Password for " + username + ": "));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("username", username);
    body.put("email", email);
    body.put("password", secret);
    body.put("is_superuser", superuser);
    JsonNode created = cli.api().post("/users", body);
    cli.show(created, () -> cli.output().line("User " + username + " created."));
    return 0;
  }

  @Command(name = "activate", description = "Activate a user.")
  int activate(@Parameters(paramLabel = "USERNAME") String username) {
    return action("/users/activate/" + username, "User " + username + " activated.");
  }

  @Command(name = "deactivate", description = "Deactivate a user (their tokens stop working).")
  int deactivate(@Parameters(paramLabel = "USERNAME") String username) {
    return action("/users/deactivate/" + username, "User " + username + " deactivated.");
  }

  @Command(name = "delete", description = "Delete a user.")
  int delete(
      @Parameters(paramLabel = "USERNAME") String username,
      @Option(
              names = {"-y", "--yes"},
              description = "Do not ask.")
          boolean yes) {
    Cli cli = Cli.of(spec);
    cli.confirm(yes, "Delete user " + username + "?");
    cli.api().delete("/users/delete/" + username);
    cli.output().say("User " + username + " deleted.");
    return 0;
  }

  private int action(String path, String message) {
    Cli cli = Cli.of(spec);
    JsonNode result = cli.api().post(path, null);
    cli.show(result, () -> cli.output().line(message));
    return 0;
  }
}

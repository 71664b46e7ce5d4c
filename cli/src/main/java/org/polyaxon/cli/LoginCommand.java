package org.polyaxon.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Callable;
import org.polyaxon.cli.AuthStore.Auth;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code polyaxon login [-t TOKEN | -u USER [-p PASSWORD]]}: stores a token in {@code
 * ~/.polyaxon/.polyaxonauth}. What is not given is asked for at the terminal, the password without
 * echo.
 */
@Command(
    name = "login",
    mixinStandardHelpOptions = true,
    description = "Log in: with a token, or with a username and password (asked when left out).")
final class LoginCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = {"-t", "--token"},
      description = "An API token (from the dashboard or `polyaxon login` elsewhere).")
  String token;

  @Option(
      names = {"-u", "--username"},
      description = "The username.")
  String username;

  @Option(
      names = {"-p", "--password"},
      description = "The password (better left out: it is then asked for without echo).")
  String password;

  @Override
  public Integer call() {
    Cli cli = Cli.of(spec);
    if (token == null) {
      token = passwordLogin(cli);
    }
    JsonNode user;
    try {
      user = cli.api(token).get("/users");
    } catch (CliException e) {
      if (e.exitCode() == CliException.AUTH) {
        throw CliException.auth("Login failed: the server does not accept this token");
      }
      throw e;
    }
    String name = user.path("username").asText();
    AuthStore.save(cli.context().home(), new Auth(name, token));
    cli.show(user, () -> cli.output().line("Logged in as " + name + "."));
    return 0;
  }

  private String passwordLogin(Cli cli) {
    Prompter prompter = cli.context().prompter();
    if (username == null) {
      username = prompter.readLine("Username: ").trim();
    }
    char[] secret = password != null ? password.toCharArray() : prompter.readPassword("Password: ");
    try {
      JsonNode answer =
          cli.api((String) null)
              .post("/users/token", Map.of("username", username, "password", new String(secret)));
      return answer.path("token").asText();
    } catch (CliException e) {
      if (e.exitCode() == CliException.USER_ERROR || e.exitCode() == CliException.AUTH) {
        throw CliException.auth("Login failed: " + e.getMessage());
      }
      throw e;
    } finally {
      Arrays.fill(secret, '\0');
    }
  }
}

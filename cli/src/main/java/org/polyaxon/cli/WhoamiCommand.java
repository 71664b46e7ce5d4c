package org.polyaxon.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code polyaxon whoami}: the user the stored token belongs to. */
@Command(name = "whoami", mixinStandardHelpOptions = true, description = "Show the logged-in user.")
final class WhoamiCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Cli cli = Cli.of(spec);
    JsonNode user = cli.api().get("/users");
    cli.show(
        user,
        () ->
            cli.output()
                .line(
                    user.path("username").asText()
                        + " <"
                        + user.path("email").asText()
                        + ">"
                        + (user.path("is_superuser").asBoolean() ? " (superuser)" : "")));
    return 0;
  }
}

package org.polyaxon.server;

import java.util.concurrent.Callable;
import org.polyaxon.core.auth.Users.RootUser;
import org.polyaxon.server.config.Options;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code polyaxon admin create-root}: creates the root superuser unless it exists. */
@Command(
    name = "create-root",
    mixinStandardHelpOptions = true,
    description = {
      "Create the root superuser from user.* (password from POLYAXON_ADMIN_PASSWORD or user.password;",
      "a random one, printed once, when neither is set). Does nothing if the user exists."
    })
final class CreateRootCommand implements Callable<Integer> {
  @Mixin DatabaseOptions database;

  @Override
  public Integer call() {
    return AdminTask.run(
        "create-root",
        database,
        (dataSource, config, clock) -> {
          RootUser root =
              UsersFactory.create(dataSource, config, clock)
                  .ensureRoot(
                      config.get(Options.USER_USERNAME),
                      config.get(Options.USER_EMAIL),
                      config.get(Options.USER_PASSWORD));
          String name = root.user().username();
          if (!root.created()) {
            System.out.println("The superuser '" + name + "' already exists; nothing to do.");
          } else if (root.generatedPassword().isPresent()) {
            System.out.println(
                "Created the superuser '"
                    + name
                    + "'. Its password, shown only now: "
                    + root.generatedPassword().get());
          } else {
            System.out.println(
                "Created the superuser '" + name + "' with the configured password.");
          }
        });
  }
}

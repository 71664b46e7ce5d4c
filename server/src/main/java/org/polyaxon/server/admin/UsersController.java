package org.polyaxon.server.admin;

import io.javalin.http.Context;
import java.util.Optional;
import org.polyaxon.core.auth.AdminSessionStore.Flash;
import org.polyaxon.core.auth.AdminSessions.AdminSession;
import org.polyaxon.core.auth.UserStore.NewUser;
import org.polyaxon.core.auth.Users;
import org.polyaxon.core.error.InvalidInputException;

/** The users page and what it changes: activation, the superuser flag, new accounts. */
final class UsersController {
  private final Users users;
  private final UsersPage page;

  UsersController(Users users, UsersPage page) {
    this.users = users;
    this.page = page;
  }

  void show(Context ctx, AdminSession session, Optional<Flash> flash) {
    ctx.html(page.render(session, users.list(session.user()), flash));
  }

  String create(Context ctx, AdminSession session) {
    String username = ctx.formParam("username");
    String email = ctx.formParam("email");
    if (email == null || email.isBlank()) {
      throw new InvalidInputException("email: expected an e-mail address");
    }
    boolean superuser = "on".equals(ctx.formParam("superuser"));
    users.create(
        session.user(), new NewUser(username, email.strip(), superuser), ctx.formParam("password"));
    return "Created " + (superuser ? "superuser " : "user ") + username + ".";
  }

  String change(Context ctx, AdminSession session) {
    String username = ctx.pathParam("username");
    String action = ctx.pathParam("action");
    if (username.equals(session.user().username())
        && (action.equals("deactivate") || action.equals("revoke-superuser"))) {
      // Another superuser must do it, so the platform always keeps one who can log in here.
      throw new InvalidInputException(
          "You cannot " + action.replace('-', ' ') + " your own account; ask another superuser.");
    }
    switch (action) {
      case "activate" -> users.setActive(session.user(), username, true);
      case "deactivate" -> users.setActive(session.user(), username, false);
      case "grant-superuser" -> users.setSuperuser(session.user(), username, true);
      case "revoke-superuser" -> users.setSuperuser(session.user(), username, false);
      default ->
          throw new InvalidInputException(
              "action: expected activate, deactivate, grant-superuser or revoke-superuser");
    }
    return switch (action) {
      case "activate" -> "Activated " + username + ".";
      case "deactivate" -> "Deactivated " + username + ".";
      case "grant-superuser" -> username + " is now a superuser.";
      default -> username + " is no longer a superuser.";
    };
  }
}

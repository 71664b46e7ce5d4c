package org.polyaxon.server.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;
import org.polyaxon.core.auth.AdminSessions;
import org.polyaxon.core.auth.AdminSessions.AdminSession;
import org.polyaxon.core.auth.User;
import org.polyaxon.core.auth.Users;
import org.polyaxon.core.error.NotAuthenticatedException;

/** Logging in and out of the admin view. */
final class SessionController {
  static final String WRONG_CREDENTIALS = "Wrong username or password.";
  static final String SUPERUSERS_ONLY =
      "The admin pages are for superusers only; this account is not one.";

  private final Users users;
  private final AdminSessions sessions;
  private final AdminGuard guard;
  private final AdminHandlers handlers;
  private final LoginPage page;

  SessionController(
      Users users,
      AdminSessions sessions,
      AdminGuard guard,
      AdminHandlers handlers,
      LoginPage page) {
    this.users = users;
    this.sessions = sessions;
    this.guard = guard;
    this.handlers = handlers;
    this.page = page;
  }

  /** {@code /_admin}: the users page when logged in, else the login page. */
  void root(Context ctx) {
    AdminGuard.secure(ctx);
    ctx.redirect(
        guard.session(ctx).isPresent() ? AdminPaths.USERS : AdminPaths.LOGIN, HttpStatus.SEE_OTHER);
  }

  void showLogin(Context ctx) {
    AdminGuard.secure(ctx);
    if (guard.session(ctx).isPresent()) {
      ctx.redirect(AdminPaths.USERS, HttpStatus.SEE_OTHER);
      return;
    }
    ctx.html(page.render(AdminGuard.issueLoginToken(ctx), "", Optional.empty()));
  }

  void login(Context ctx) {
    AdminGuard.secure(ctx);
    String username = ctx.formParam("username");
    if (!AdminGuard.loginTokenMatches(ctx)) {
      refuse(
          ctx,
          HttpStatus.FORBIDDEN,
          username,
          "The login form expired or did not come from this site; try again.");
      return;
    }
    User user;
    try {
      user = users.checkPassword(username == null ? "" : username, passwordOf(ctx));
    } catch (NotAuthenticatedException e) {
      refuse(ctx, HttpStatus.UNAUTHORIZED, username, WRONG_CREDENTIALS);
      return;
    }
    if (!user.superuser()) {
      refuse(ctx, HttpStatus.FORBIDDEN, username, SUPERUSERS_ONLY);
      return;
    }
    guard.startSession(ctx, sessions.open(user));
    ctx.redirect(AdminPaths.USERS, HttpStatus.SEE_OTHER);
  }

  void logout(Context ctx) {
    AdminGuard.secure(ctx);
    Optional<AdminSession> session = guard.session(ctx);
    if (session.isPresent()) {
      if (!AdminGuard.csrfMatches(ctx, session.get())) {
        handlers.refuseForgedForm(ctx, session.get());
        return;
      }
      sessions.close(AdminGuard.sessionId(ctx));
    }
    guard.endSession(ctx);
    ctx.redirect(AdminPaths.LOGIN, HttpStatus.SEE_OTHER);
  }

  private void refuse(Context ctx, HttpStatus status, String username, String problem) {
    ctx.status(status)
        .html(page.render(AdminGuard.issueLoginToken(ctx), username, Optional.of(problem)));
  }

  private static String passwordOf(Context ctx) {
    String password = ctx.formParam("password");
    return password == null ? "" : password;
  }
}

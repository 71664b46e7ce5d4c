package org.polyaxon.server.admin;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.util.Optional;
import org.polyaxon.core.activity.ActivityLog;
import org.polyaxon.core.activity.ActivityStore.NewActivity;
import org.polyaxon.core.auth.AdminSessionStore.Flash;
import org.polyaxon.core.auth.AdminSessions;
import org.polyaxon.core.auth.AdminSessions.AdminSession;
import org.polyaxon.core.error.InvalidInputException;
import org.polyaxon.core.error.NotFoundException;
import org.polyaxon.core.error.PolyaxonException;

/**
 * Turns the admin view's page and action functions into routes: each runs only with a valid session
 * (else the browser goes to the login page) and each action only with the form's CSRF token.
 */
final class AdminHandlers {
  /** Renders a page for a logged-in superuser. */
  @FunctionalInterface
  interface PageHandler {
    void handle(Context ctx, AdminSession session, Optional<Flash> flash) throws Exception;
  }

  /** Changes something and returns the message the next page shows. */
  @FunctionalInterface
  interface ActionHandler {
    String perform(Context ctx, AdminSession session);
  }

  private final AdminGuard guard;
  private final AdminSessions sessions;
  private final AdminLayout layout;
  private final ActivityLog activity;

  AdminHandlers(
      AdminGuard guard, AdminSessions sessions, AdminLayout layout, ActivityLog activity) {
    this.guard = guard;
    this.sessions = sessions;
    this.layout = layout;
    this.activity = activity;
  }

  Handler page(PageHandler page) {
    return ctx -> {
      AdminGuard.secure(ctx);
      Optional<AdminSession> session = guard.session(ctx);
      if (session.isEmpty()) {
        ctx.redirect(AdminPaths.LOGIN, HttpStatus.SEE_OTHER);
        return;
      }
      try {
        page.handle(ctx, session.get(), sessions.takeFlash(AdminGuard.sessionId(ctx)));
      } catch (PolyaxonException e) {
        ctx.status(statusOf(e))
            .html(
                layout.page(
                    e.title(),
                    session.get(),
                    Optional.of(new Flash(true, e.getMessage())),
                    html -> html.open("p").link(AdminPaths.USERS, "Back to the users").close("p")));
      }
    };
  }

  private static HttpStatus statusOf(PolyaxonException e) {
    if (e instanceof NotFoundException) {
      return HttpStatus.NOT_FOUND;
    }
    if (e instanceof InvalidInputException) {
      return HttpStatus.BAD_REQUEST;
    }
    return HttpStatus.CONFLICT;
  }

  /**
   * An action: a POST whose outcome, success or the reason it failed, is shown once on the page the
   * browser is sent back to (the form's {@code back} field when it is one of ours).
   */
  Handler action(String defaultReturn, ActionHandler action) {
    return ctx -> {
      AdminGuard.secure(ctx);
      Optional<AdminSession> session = guard.session(ctx);
      if (session.isEmpty()) {
        ctx.redirect(AdminPaths.LOGIN, HttpStatus.SEE_OTHER);
        return;
      }
      if (!AdminGuard.csrfMatches(ctx, session.get())) {
        refuseForgedForm(ctx, session.get());
        return;
      }
      Flash outcome;
      try {
        outcome = new Flash(false, action.perform(ctx, session.get()));
        // Changes made here belong in the activity feed as much as those made through the API.
        activity.record(
            new NewActivity(
                session.get().user().id(),
                ctx.method().name(),
                ctx.endpoints().matchedHttpEndpoint().path,
                ctx.path(),
                null,
                HttpStatus.SEE_OTHER.getCode()));
      } catch (PolyaxonException e) {
        outcome = new Flash(true, e.getMessage());
      }
      sessions.flash(AdminGuard.sessionId(ctx), outcome);
      String back = ctx.formParam("back");
      ctx.redirect(AdminPaths.isSafeReturn(back) ? back : defaultReturn, HttpStatus.SEE_OTHER);
    };
  }

  /** A form without this session's token did not come from our pages; nothing is changed. */
  void refuseForgedForm(Context ctx, AdminSession session) {
    ctx.status(HttpStatus.FORBIDDEN)
        .html(
            layout.page(
                "Form refused",
                session,
                Optional.of(
                    new Flash(
                        true,
                        "The form was refused: its CSRF token is missing or wrong. Reload the page"
                            + " and try again.")),
                html -> html.open("p").link(AdminPaths.USERS, "Back to the users").close("p")));
  }
}

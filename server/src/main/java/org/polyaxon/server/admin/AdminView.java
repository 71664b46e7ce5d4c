package org.polyaxon.server.admin;

import io.javalin.config.RoutesConfig;
import java.time.Clock;
import java.time.ZoneId;
import org.polyaxon.core.activity.ActivityLog;
import org.polyaxon.core.auth.AdminSessionStore;
import org.polyaxon.core.auth.AdminSessions;
import org.polyaxon.core.auth.Users;
import org.polyaxon.core.project.Projects;
import org.polyaxon.core.run.RunCatalog;
import org.polyaxon.core.run.RunStore;
import org.polyaxon.core.run.Runs;

/**
 * The superusers' admin pages at {@code /_admin}: server-rendered HTML without scripts, logged in
 * with a session cookie, every form carrying a CSRF token. Registered only when {@code
 * adminViewEnabled} is true; otherwise {@code /_admin} does not exist (404).
 */
public final class AdminView {
  /**
   * What the admin view needs besides the API's own services.
   *
   * @param enabled the {@code adminViewEnabled} option
   * @param sessions where browser sessions are kept
   * @param catalog runs across projects
   */
  public record Setup(boolean enabled, AdminSessionStore sessions, RunCatalog catalog) {
    public static Setup disabled() {
      return new Setup(false, null, null);
    }
  }

  private AdminView() {}

  /** Adds the admin routes when the view is enabled. */
  public static void register(
      RoutesConfig routes,
      Setup setup,
      Users users,
      Projects projects,
      RunStore runStore,
      Runs runs,
      ZoneId zone,
      Clock clock,
      ActivityLog activity) {
    if (!setup.enabled()) {
      return;
    }
    AdminSessions sessions = new AdminSessions(setup.sessions(), clock);
    AdminLayout layout = new AdminLayout(zone);
    AdminGuard guard = new AdminGuard(sessions);
    AdminHandlers handlers = new AdminHandlers(guard, sessions, layout, activity);
    SessionController login =
        new SessionController(users, sessions, guard, handlers, new LoginPage(layout));
    UsersController usersPage = new UsersController(users, new UsersPage(layout));
    RunsController runsPage =
        new RunsController(
            setup.catalog(), runStore, runs, projects, new RunsPage(layout), new RunPage(layout));

    routes.get(AdminPaths.ROOT, login::root);
    routes.get(AdminPaths.LOGIN, login::showLogin);
    routes.post(AdminPaths.LOGIN, login::login);
    routes.post(AdminPaths.LOGOUT, login::logout);
    routes.get(AdminPaths.USERS, handlers.page(usersPage::show));
    routes.post(AdminPaths.USERS, handlers.action(AdminPaths.USERS, usersPage::create));
    routes.post(
        AdminPaths.USERS + "/{username}/{action}",
        handlers.action(AdminPaths.USERS, usersPage::change));
    routes.get(AdminPaths.RUNS, handlers.page(runsPage::list));
    routes.get(AdminPaths.RUNS + "/{uuid}", handlers.page(runsPage::show));
    routes.post(AdminPaths.RUNS + "/{uuid}/stop", handlers.action(AdminPaths.RUNS, runsPage::stop));
  }
}

package org.polyaxon.server.admin;

import java.util.List;
import java.util.Optional;
import org.polyaxon.core.auth.AdminSessionStore.Flash;
import org.polyaxon.core.auth.AdminSessions.AdminSession;
import org.polyaxon.core.auth.User;

/** Every user with their flags, the actions on each, and the form that creates one. */
final class UsersPage {
  private final AdminLayout layout;

  UsersPage(AdminLayout layout) {
    this.layout = layout;
  }

  String render(AdminSession session, List<User> users, Optional<Flash> flash) {
    return layout.page(
        "Users",
        session,
        flash,
        html -> {
          html.open("table", "id", "users").open("thead").open("tr");
          for (String heading :
              new String[] {"Username", "E-mail", "Active", "Superuser", "Joined", "Actions"}) {
            html.element("th", heading);
          }
          html.close("tr").close("thead").open("tbody");
          for (User user : users) {
            row(html, session, user);
          }
          html.close("tbody").close("table");
          createForm(html, session);
        });
  }

  private void row(Html html, AdminSession session, User user) {
    html.open("tr", "id", "user-" + user.username());
    html.element("td", user.username());
    html.element("td", user.email());
    html.element("td", user.active() ? "yes" : "no", "class", "active");
    html.element("td", user.superuser() ? "yes" : "no", "class", "superuser");
    html.element("td", layout.time(user.createdAt()));
    html.open("td");
    if (user.id() == session.user().id()) {
      // Locking oneself out is refused anyway; not offering it keeps the page honest.
      html.text("(you)");
    } else {
      String csrf = session.csrfToken();
      Forms.button(
          html,
          AdminPaths.user(user.username(), user.active() ? "deactivate" : "activate"),
          csrf,
          user.active() ? "Deactivate" : "Activate");
      Forms.button(
          html,
          AdminPaths.user(
              user.username(), user.superuser() ? "revoke-superuser" : "grant-superuser"),
          csrf,
          user.superuser() ? "Revoke superuser" : "Grant superuser");
    }
    html.close("td").close("tr");
  }

  private static void createForm(Html html, AdminSession session) {
    html.element("h2", "Create a user");
    Forms.open(html, AdminPaths.USERS, session.csrfToken(), "id", "create-user");
    Forms.input(html, "Username", "username", "text", "required", "required");
    Forms.input(html, "E-mail", "email", "email", "required", "required");
    Forms.input(html, "Password", "password", "password", "autocomplete", "new-password");
    html.open("label", "for", "superuser");
    html.open("input", "type", "checkbox", "name", "superuser", "id", "superuser", "value", "on");
    html.text(" Superuser").close("label");
    html.open("p").element("button", "Create", "type", "submit").close("p").close("form");
  }
}

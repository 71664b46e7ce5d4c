package org.polyaxon.server.admin;

import java.util.Optional;
import org.polyaxon.core.auth.AdminSessionStore.Flash;

/** The login form. */
final class LoginPage {
  private final AdminLayout layout;

  LoginPage(AdminLayout layout) {
    this.layout = layout;
  }

  /**
   * The page.
   *
   * @param loginToken the double-submit token, also set as a cookie
   * @param username what to prefill, after a failed attempt
   * @param problem why the last attempt failed, if it did
   */
  String render(String loginToken, String username, Optional<String> problem) {
    return layout.page(
        "Log in",
        null,
        problem.map(text -> new Flash(true, text)),
        html -> {
          html.element("p", "The admin pages are for superusers.");
          Forms.open(html, AdminPaths.LOGIN, loginToken, "id", "login");
          Forms.input(
              html,
              "Username",
              "username",
              "text",
              "value",
              username == null ? "" : username,
              "autocomplete",
              "username",
              "required",
              "required");
          Forms.input(
              html,
              "Password",
              "password",
              "password",
              "autocomplete",
              "current-password",
              "required",
              "required");
          html.open("p").element("button", "Log in", "type", "submit", "id", "submit");
          html.close("p").close("form");
        });
  }
}

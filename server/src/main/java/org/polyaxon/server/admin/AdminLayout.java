package org.polyaxon.server.admin;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Consumer;
import org.polyaxon.core.auth.AdminSessionStore.Flash;
import org.polyaxon.core.auth.AdminSessions.AdminSession;

/** The frame every admin page shares: head, inline style, navigation, the one-time message. */
final class AdminLayout {
  /** Inline, because the policy allows no external resource and the pages need none. */
  private static final String STYLE =
      "body{font-family:system-ui,sans-serif;margin:0;color:#1d2330;background:#f6f7f9}"
          + "header{background:#1d2330;color:#fff;padding:.6rem 1.2rem;display:flex;gap:1.2rem;"
          + "align-items:center}header a{color:#fff}header .who{margin-left:auto}"
          + "main{padding:1.2rem;max-width:72rem}table{border-collapse:collapse;width:100%;"
          + "background:#fff}th,td{border-bottom:1px solid #dde;padding:.35rem .6rem;"
          + "text-align:left}form.inline{display:inline}button{margin-right:.3rem}"
          + ".flash{padding:.6rem;border-radius:4px;margin-bottom:1rem}"
          + ".info{background:#e3f4e6}.error{background:#fbe3e3}"
          + "label{display:block;margin-top:.5rem}input[type=text],input[type=password],"
          + "input[type=email]{width:18rem;padding:.25rem}.pages{margin-top:1rem}";

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

  private final ZoneId zone;

  AdminLayout(ZoneId zone) {
    this.zone = zone;
  }

  /** A time in the server's {@code timeZone}; empty for none. */
  String time(Instant instant) {
    return instant == null ? "" : TIME.format(instant.atZone(zone));
  }

  ZoneId zone() {
    return zone;
  }

  /**
   * A whole page.
   *
   * @param title the page's title
   * @param session the logged-in session, or null on the login page
   * @param flash the message to show once, if any
   * @param body writes the page's content
   */
  String page(String title, AdminSession session, Optional<Flash> flash, Consumer<Html> body) {
    Html html = new Html();
    html.raw("<!DOCTYPE html>").open("html", "lang", "en").open("head");
    html.open("meta", "charset", "utf-8");
    html.element("title", title + " - Polyaxon admin");
    html.open("style").raw(STYLE).close("style").close("head").open("body");
    html.open("header").element("strong", "Polyaxon admin");
    if (session != null) {
      html.link(AdminPaths.USERS, "Users").link(AdminPaths.RUNS, "Runs");
      html.open("span", "class", "who").text("Logged in as ");
      html.element("strong", session.user().username(), "id", "current-user").text(" ");
      Forms.button(html, AdminPaths.LOGOUT, session.csrfToken(), "Log out");
      html.close("span");
    }
    html.close("header").open("main").element("h1", title);
    flash.ifPresent(
        f ->
            html.element(
                "p", f.text(), "class", "flash " + (f.error() ? "error" : "info"), "id", "flash"));
    body.accept(html);
    return html.close("main").close("body").close("html").toString();
  }
}

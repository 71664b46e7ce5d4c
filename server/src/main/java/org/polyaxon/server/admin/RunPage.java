package org.polyaxon.server.admin;

import java.util.List;
import java.util.Optional;
import org.polyaxon.core.auth.AdminSessionStore.Flash;
import org.polyaxon.core.auth.AdminSessions.AdminSession;
import org.polyaxon.core.run.Run;
import org.polyaxon.core.run.RunCatalog.RunSummary;
import org.polyaxon.core.run.StatusChange;

/** One run: what it is, where it belongs, and every status it went through. */
final class RunPage {
  private final AdminLayout layout;

  RunPage(AdminLayout layout) {
    this.layout = layout;
  }

  String render(
      AdminSession session,
      RunSummary summary,
      Run run,
      List<StatusChange> history,
      Optional<Flash> flash) {
    String project = summary.projectOwner() + "/" + summary.projectName();
    String title = run.kind().wireName() + " " + run.number() + " of " + project;
    return layout.page(
        title,
        session,
        flash,
        html -> {
          html.open("table", "id", "run");
          field(html, "Name", run.name());
          html.open("tr").element("th", "Project").open("td");
          html.link(
              AdminPaths.runsOfProject(summary.projectOwner(), summary.projectName(), 1), project);
          html.close("td").close("tr");
          field(html, "UUID", run.uuid());
          field(html, "User", run.username());
          field(html, "Status", run.status().wireName());
          field(html, "Message", run.statusMessage());
          field(html, "Created", layout.time(run.createdAt()));
          field(html, "Started", layout.time(run.startedAt()));
          field(html, "Finished", layout.time(run.finishedAt()));
          html.close("table");
          if (!run.kind().machine().isDone(run.status())) {
            html.open("p");
            Forms.button(
                html,
                AdminPaths.stop(run.uuid()),
                session.csrfToken(),
                "Stop",
                "back",
                AdminPaths.run(run.uuid()));
            html.close("p");
          }
          html.element("h2", "Status history");
          html.open("table", "id", "statuses").open("thead").open("tr");
          html.element("th", "Status")
              .element("th", "Reason")
              .element("th", "Message")
              .element("th", "At");
          html.close("tr").close("thead").open("tbody");
          for (StatusChange change : history) {
            html.row(
                change.status().wireName(),
                change.reason() == null ? "" : change.reason().wireName(),
                change.message() == null ? "" : change.message(),
                layout.time(change.createdAt()));
          }
          html.close("tbody").close("table");
        });
  }

  private static void field(Html html, String label, String value) {
    html.open("tr").element("th", label).element("td", value == null ? "" : value).close("tr");
  }
}

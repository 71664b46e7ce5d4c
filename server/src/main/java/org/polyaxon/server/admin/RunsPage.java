package org.polyaxon.server.admin;

import java.util.List;
import java.util.Optional;
import org.polyaxon.core.auth.AdminSessionStore.Flash;
import org.polyaxon.core.auth.AdminSessions.AdminSession;
import org.polyaxon.core.project.Project;
import org.polyaxon.core.run.RunCatalog.RunSummary;

/** Experiments and jobs of every project, newest first, a page at a time. */
final class RunsPage {
  /** Runs per page. */
  static final int PAGE_SIZE = 50;

  private final AdminLayout layout;

  RunsPage(AdminLayout layout) {
    this.layout = layout;
  }

  /**
   * The page.
   *
   * @param project the project the listing is limited to, or null for all
   * @param page the 1-based page number
   * @param total how many runs there are across all pages
   */
  String render(
      AdminSession session,
      Project project,
      List<RunSummary> runs,
      int page,
      long total,
      Optional<Flash> flash) {
    String title = project == null ? "Runs" : "Runs of " + project.owner() + "/" + project.name();
    String here = pageLink(project, page);
    return layout.page(
        title,
        session,
        flash,
        html -> {
          html.element("p", total + " experiments and jobs; times in " + layout.zone().getId());
          if (project != null) {
            html.open("p").link(AdminPaths.RUNS, "All projects").close("p");
          }
          html.open("table", "id", "runs").open("thead").open("tr");
          for (String heading :
              new String[] {
                "Run", "Name", "Project", "User", "Status", "Created", "Finished", ""
              }) {
            html.element("th", heading);
          }
          html.close("tr").close("thead").open("tbody");
          for (RunSummary run : runs) {
            html.open("tr", "id", "run-" + run.uuid());
            html.open("td");
            html.link(AdminPaths.run(run.uuid()), run.kind().wireName() + " " + run.number());
            html.close("td").element("td", run.name() == null ? "" : run.name());
            html.open("td");
            html.link(
                AdminPaths.runsOfProject(run.projectOwner(), run.projectName(), 1),
                run.projectOwner() + "/" + run.projectName());
            html.close("td").element("td", run.username());
            html.element("td", run.status().wireName(), "class", "status");
            html.element("td", layout.time(run.createdAt()));
            html.element("td", layout.time(run.finishedAt())).open("td");
            if (!run.kind().machine().isDone(run.status())) {
              Forms.button(
                  html, AdminPaths.stop(run.uuid()), session.csrfToken(), "Stop", "back", here);
            }
            html.close("td").close("tr");
          }
          html.close("tbody").close("table");
          pager(html, project, page, total);
        });
  }

  private static void pager(Html html, Project project, int page, long total) {
    long pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    html.open("p", "class", "pages");
    if (page > 1) {
      html.link(pageLink(project, page - 1), "Newer").text(" ");
    }
    html.text("Page " + page + " of " + pages);
    if (page < pages) {
      html.text(" ").link(pageLink(project, page + 1), "Older");
    }
    html.close("p");
  }

  private static String pageLink(Project project, int page) {
    return project == null
        ? AdminPaths.runsPage(page)
        : AdminPaths.runsOfProject(project.owner(), project.name(), page);
  }
}

package org.polyaxon.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.polyaxon.cli.ProjectDir.ProjectRef;

/** What {@code polyaxon experiment} and {@code polyaxon job} do to one run. */
final class RunOperations {
  private final Cli cli;
  private final ProjectRef project;
  private final RunType type;
  private final long id;

  RunOperations(Cli cli, ProjectRef project, RunType type, long id) {
    this.cli = cli;
    this.project = project;
    this.type = type;
    this.id = id;
  }

  /** Resolves {@code -p} and the run option against the directory's defaults. */
  static RunOperations of(Cli cli, RunType type, String projectOption, Long idOption) {
    ProjectRef project = cli.project(projectOption);
    return new RunOperations(cli, project, type, cli.runId(type, project, idOption));
  }

  String path() {
    return project.path() + "/" + type.plural() + "/" + id;
  }

  private String name() {
    return type.singular() + " " + id + " of " + project;
  }

  int get() {
    RunViews.details(cli, cli.api().get(path()));
    return 0;
  }

  int update(String name, String description, List<String> tags) {
    Map<String, Object> body = new LinkedHashMap<>();
    if (name != null) {
      body.put("name", name);
    }
    if (description != null) {
      body.put("description", description);
    }
    if (tags != null) {
      body.put("tags", tags);
    }
    if (body.isEmpty()) {
      throw CliException.user("Nothing to update: pass --name, --description or --tags");
    }
    JsonNode updated = cli.api().patch(path(), body);
    cli.show(updated, () -> cli.output().line(RunViews.capitalised(name()) + " updated."));
    return 0;
  }

  int delete(boolean yes) {
    cli.confirm(yes, "Delete " + name() + "?");
    cli.api().delete(path());
    cli.output().say(RunViews.capitalised(name()) + " deleted.");
    return 0;
  }

  int stop(boolean yes) {
    cli.confirm(yes, "Stop " + name() + "?");
    JsonNode stopped = cli.api().post(path() + "/stop", null);
    cli.show(stopped, () -> cli.output().line(RunViews.summary(type, stopped)));
    return 0;
  }

  /**
   * {@code restart}, {@code resume} or {@code copy}: a new run from this one, with the Polyaxonfile
   * changes of {@code files} and, with {@code upload}, the code uploaded first.
   */
  int again(String action, List<String> files, boolean upload) {
    Map<String, Object> body = new LinkedHashMap<>();
    if (files != null && !files.isEmpty()) {
      body.put("config", SpecFiles.partial(cli.context(), files));
    }
    if (upload) {
      UploadCommand.upload(cli, project);
      body.put("update_code", true);
    }
    JsonNode created = cli.api().post(path() + "/" + action, body);
    cli.projectDir().rememberRun(type, project, created);
    cli.show(
        created,
        () ->
            cli.output()
                .line(
                    RunViews.capitalised(type.singular())
                        + " "
                        + id
                        + " "
                        + switch (action) {
                          case "copy" -> "copied";
                          case "resume" -> "resumed";
                          default -> "restarted";
                        }
                        + " as "
                        + type.singular()
                        + " "
                        + created.path("id").asText()
                        + " ("
                        + created.path("unique_name").asText()
                        + ")."));
    return 0;
  }

  int statuses(int page) {
    JsonNode statuses = cli.api().get(path() + "/statuses", Paging.query(page, null, null));
    RunViews.statuses(cli, statuses, page);
    return 0;
  }

  int metrics(int page) {
    JsonNode metrics = cli.api().get(path() + "/metrics", Paging.query(page, null, null));
    RunViews.metrics(cli, metrics, page);
    return 0;
  }

  /**
   * The archived log with {@code past}; else, or then with {@code follow} too, the live log until
   * the run ends (after the archived one it goes on from where that stopped).
   */
  int logs(boolean past, boolean follow, boolean hideTime) {
    ApiClient api = cli.api();
    LogLines lines = hideTime ? LogLines.withoutTime() : LogLines.inTimeOf(api.get(path()));
    long offset = 0;
    if (past) {
      offset = LogStream.printPast(cli.output(), api.bytes(path() + "/logs"), lines, follow);
      if (!follow) {
        return 0;
      }
    }
    follow(cli.output(), lines, offset);
    return 0;
  }

  /** Prints the live log from byte {@code offset} on {@code output}; returns the final status. */
  String follow(Output output, LogLines lines, long offset) {
    String status = new LogStream(cli.streams(), output, lines).follow(path(), offset);
    output.err().println(RunViews.capitalised(name()) + " ended: " + status + ".");
    output.err().flush();
    return status;
  }

  /**
   * The outputs: all of them unpacked into {@code directory} (default {@code
   * ./PROJECT-KIND-ID-outputs}); with {@code list}, that directory of them listed; with {@code
   * file}, that file written into {@code directory} (default: here).
   */
  int outputs(String directory, String list, String file) {
    RunOutputs outputs = new RunOutputs(cli, path(), name());
    if (list != null) {
      outputs.list(list);
    } else if (file != null) {
      outputs.file(file, cli.context().resolve(directory != null ? directory : "."));
    } else {
      outputs.download(
          cli.context()
              .resolve(
                  directory != null
                      ? directory
                      : project.name() + "-" + type.singular() + "-" + id + "-outputs"));
    }
    return 0;
  }
}

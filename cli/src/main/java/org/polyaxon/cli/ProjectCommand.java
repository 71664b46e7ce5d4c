package org.polyaxon.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.polyaxon.cli.ProjectDir.ProjectRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code polyaxon project [-p USER/PROJECT] create|list|get|update|delete|experiments|jobs|...}.
 */
@Command(
    name = "project",
    mixinStandardHelpOptions = true,
    description = "Create, list, show, change and delete projects; list their runs.")
final class ProjectCommand implements Callable<Integer> {
  static final List<String> DETAIL_FIELDS =
      List.of(
          "id",
          "uuid",
          "unique_name",
          "user",
          "description",
          "tags",
          "is_public",
          "has_code",
          "archived",
          "created_at",
          "updated_at");

  @Spec CommandSpec spec;

  @Option(
      names = {"-p", "--project"},
      scope = ScopeType.INHERIT,
      description = "USER/PROJECT (default: this directory's project, see `polyaxon init`).")
  String project;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }

  /** -p may come before or after the subcommand: the value is on whichever level matched it. */
  private String projectOption() {
    return Cli.optionValue(spec, "-p");
  }

  @Command(name = "create", description = "Create a project.")
  int create(
      @Option(names = "--name", required = true, description = "The project's name.") String name,
      @Option(names = "--description", description = "What it is about.") String description,
      @Option(names = "--tags", split = ",", description = "Comma-separated tags.")
          List<String> tags,
      @Option(names = "--private", description = "Visible to its owner only.") boolean isPrivate,
      @Option(names = "--init", description = "Also bind the current directory to it.")
          boolean init) {
    Cli cli = Cli.of(spec);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", name);
    body.put("description", description);
    body.put("tags", tags);
    body.put("is_public", !isPrivate);
    JsonNode created = cli.api().post("/projects", body);
    if (init) {
      cli.projectDir().bind(created);
    }
    cli.show(
        created,
        () ->
            cli.output()
                .line(
                    "Project "
                        + created.path("unique_name").asText()
                        + " created"
                        + (init ? "; this directory is bound to it." : ".")));
    return 0;
  }

  @Command(name = "list", description = "List a user's projects.")
  int list(
      @Option(
              names = {"-u", "--user"},
              description = "Whose projects (default: yours).")
          String user,
      @Option(names = "--page", defaultValue = "1", description = "Page number (20 a page).")
          int page) {
    Cli cli = Cli.of(spec);
    String owner = user != null ? user : cli.username();
    JsonNode result = cli.api().get("/" + owner, Paging.query(page, null, null));
    cli.show(
        result,
        () -> {
          Table table =
              new Table(List.of("NAME", "UNIQUE_NAME", "PUBLIC", "HAS_CODE", "DESCRIPTION"));
          for (JsonNode p : result.path("results")) {
            table.row(
                List.of(
                    p.path("name").asText(),
                    p.path("unique_name").asText(),
                    p.path("is_public").asText(),
                    p.path("has_code").asText(),
                    p.path("description").asText("")));
          }
          cli.output().page(result, table, page, "projects");
        });
    return 0;
  }

  @Command(name = "get", description = "Show a project.")
  int get() {
    Cli cli = Cli.of(spec);
    JsonNode found = cli.api().get(cli.project(projectOption()).path());
    cli.show(found, () -> cli.output().details(found, DETAIL_FIELDS));
    return 0;
  }

  @Command(name = "update", description = "Change a project.")
  int update(
      @Option(names = "--name", description = "A new name.") String name,
      @Option(names = "--description", description = "A new description.") String description,
      @Option(names = "--tags", split = ",", description = "New tags (comma-separated).")
          List<String> tags,
      @Option(names = "--private", description = "Make it private.") boolean isPrivate,
      @Option(names = "--public", description = "Make it public.") boolean isPublic) {
    Cli cli = Cli.of(spec);
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
    if (isPrivate && isPublic) {
      throw CliException.user("--private and --public contradict each other; pass one");
    }
    if (isPrivate || isPublic) {
      body.put("is_public", isPublic);
    }
    if (body.isEmpty()) {
      throw CliException.user(
          "Nothing to update: pass --name, --description, --tags, --private or --public");
    }
    JsonNode updated = cli.api().patch(cli.project(projectOption()).path(), body);
    cli.show(
        updated,
        () -> cli.output().line("Project " + updated.path("unique_name").asText() + " updated."));
    return 0;
  }

  @Command(name = "delete", description = "Delete a project and everything in it.")
  int delete(
      @Option(
              names = {"-y", "--yes"},
              description = "Do not ask.")
          boolean yes) {
    Cli cli = Cli.of(spec);
    ProjectRef ref = cli.project(projectOption());
    cli.confirm(yes, "Delete project " + ref + " and all its runs?");
    cli.api().delete(ref.path());
    cli.output().say("Project " + ref + " deleted.");
    return 0;
  }

  @Command(name = "archive", description = "Archive a project (hidden from lists, restorable).")
  int archive() {
    return archiveOrRestore("archive");
  }

  @Command(name = "restore", description = "Restore an archived project.")
  int restore() {
    return archiveOrRestore("restore");
  }

  private int archiveOrRestore(String action) {
    Cli cli = Cli.of(spec);
    ProjectRef ref = cli.project(projectOption());
    JsonNode result = cli.api().post(ref.path() + "/" + action, null);
    cli.show(result, () -> cli.output().line("Project " + ref + " " + action + "d."));
    return 0;
  }

  @Command(name = "download", description = "Download the project's latest code (a tar.gz).")
  int download(
      @Option(
              names = {"-o", "--output"},
              description = "The file to write (default: ./PROJECT.tar.gz).")
          String output) {
    Cli cli = Cli.of(spec);
    ProjectRef ref = cli.project(projectOption());
    java.nio.file.Path target =
        cli.context().resolve(output != null ? output : ref.name() + ".tar.gz");
    try (java.io.InputStream archive =
        cli.api().download(ref.path() + "/repo/download", Map.of())) {
      java.nio.file.Files.copy(archive, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (java.io.IOException e) {
      throw CliException.user("Cannot write " + target + ": " + e.getMessage());
    }
    cli.output().say("Code of " + ref + " written to " + target);
    return 0;
  }

  @Command(name = "experiments", description = "List the project's experiments.")
  int experiments(
      @Mixin Paging paging,
      @Option(
              names = {"-m", "--metrics"},
              description = "Each experiment's last metrics, a column per name.")
          boolean metrics,
      @Option(
              names = {"-d", "--declarations"},
              description = "Each experiment's declarations, a column per name.")
          boolean declarations,
      @Option(
              names = {"-i", "--independent"},
              description = "Only experiments outside groups (every one, on this server).")
          boolean independent,
      @Option(
              names = {"-g", "--group"},
              paramLabel = "GROUP",
              description = "Only a group's experiments (groups are not on this server yet).")
          Long group) {
    if (group != null) {
      throw CliException.notOnServer("Experiment groups");
    }
    Cli cli = Cli.of(spec);
    ProjectRef ref = cli.project(projectOption());
    Map<String, Object> query = new LinkedHashMap<>(paging.query());
    query.putAll(
        ApiClient.query(
            "independent", independent ? true : null,
            "metrics", metrics ? true : null,
            "declarations", declarations ? true : null));
    if (!metrics && !declarations) {
      RunViews.list(cli, ref, RunType.EXPERIMENT, query, paging.page);
      return 0;
    }
    List<String> maps = new ArrayList<>();
    if (declarations) {
      maps.add("declarations");
    }
    if (metrics) {
      maps.add("last_metric");
    }
    JsonNode page = cli.api().get(ref.path() + "/experiments", query);
    RunViews.summaries(cli, page, paging.page, maps);
    return 0;
  }

  @Command(name = "jobs", description = "List the project's jobs.")
  int jobs(@Mixin Paging paging) {
    Cli cli = Cli.of(spec);
    RunViews.list(cli, cli.project(projectOption()), RunType.JOB, paging);
    return 0;
  }

  @Command(name = "groups", description = "Experiment groups (not on this server yet).")
  int groups() {
    throw CliException.notOnServer("Experiment groups");
  }

  @Command(name = "builds", description = "Builds (not on this server yet).")
  int builds() {
    throw CliException.notOnServer("Builds");
  }

  @Command(name = "tensorboards", description = "Tensorboards (not on this server yet).")
  int tensorboards() {
    throw CliException.notOnServer("Tensorboards");
  }

  @Command(
      name = "repo",
      description = "The project's latest uploaded code: its commit, size, uploader and time.")
  int repo() {
    Cli cli = Cli.of(spec);
    JsonNode code = cli.api().get(cli.project(projectOption()).path() + "/repo");
    cli.show(
        code, () -> cli.output().details(code, List.of("commit", "user", "size", "created_at")));
    return 0;
  }

  @Command(
      name = "activity",
      description = "What was done to the project through the API, newest first.")
  int activity(
      @Option(
              names = "--all",
              description = "The whole platform's activity, every project's (superusers only).")
          boolean all,
      @Option(names = "--page", defaultValue = "1", description = "Page number (20 a page).")
          int page) {
    Cli cli = Cli.of(spec);
    String path = all ? "/activitylogs" : "/activitylogs" + cli.project(projectOption()).path();
    ActivityFeed.show(cli, cli.api().get(path, Paging.query(page, null, null)), page, all);
    return 0;
  }
}

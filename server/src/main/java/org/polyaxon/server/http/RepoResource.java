package org.polyaxon.server.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.polyaxon.core.auth.User;
import org.polyaxon.core.code.CodeReference;
import org.polyaxon.core.code.ProjectCode;
import org.polyaxon.core.project.Project;

/**
 * A project's code (reference 3.2): {@code POST …/repo/upload} (multipart, field {@code repo} = the
 * tar.gz; a {@code json} field such as {@code {"sync": true}} is accepted and ignored), {@code GET
 * …/repo} (the latest code reference) and {@code GET …/repo/download} (its tar.gz).
 */
final class RepoResource {
  private static final String BASE = "/api/v1/{user}/{project}/repo";

  private final ProjectCode code;
  private final RunLookup lookup;
  private final MultipartBodies multipart;
  private final ZoneId zone;

  RepoResource(ProjectCode code, RunLookup lookup, long maxUploadBytes, ZoneId zone) {
    this.code = code;
    this.lookup = lookup;
    this.multipart = new MultipartBodies(maxUploadBytes);
    this.zone = zone;
  }

  void register(RoutesConfig routes) {
    routes.post(BASE + "/upload", this::upload);
    routes.get(BASE, this::latest);
    routes.get(BASE + "/download", this::download);
  }

  record CodeReferenceView(
      long id,
      String commit,
      String project,
      String user,
      long size,
      boolean isDirty,
      ZonedDateTime createdAt,
      ZonedDateTime updatedAt) {}

  private void upload(Context ctx) {
    // Permission first: a body sent by someone who may not upload is never read.
    Project project = lookup.project(ctx, true);
    User actor = Authenticator.user(ctx);
    UploadedFile repo = multipart.requiredFile(ctx, "repo");
    CodeReference reference;
    try (InputStream content = repo.content()) {
      reference =
          code.upload(actor, project.owner(), project.name(), content, multipart.maxBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ctx.status(HttpStatus.CREATED).json(view(project, reference));
  }

  private void latest(Context ctx) {
    Project project = lookup.project(ctx, false);
    ctx.json(view(project, code.latest(Authenticator.user(ctx), project.owner(), project.name())));
  }

  private void download(Context ctx) {
    Project project = lookup.project(ctx, false);
    InputStream archive = code.openLatest(Authenticator.user(ctx), project.owner(), project.name());
    ctx.header("Content-Disposition", "attachment; filename=\"" + project.name() + ".tar.gz\"");
    ctx.contentType("application/gzip").result(archive);
  }

  private CodeReferenceView view(Project project, CodeReference reference) {
    return view(project, reference, zone);
  }

  /** A code reference as the API shows it, also as the code of a run ({@code …/coderef}). */
  static CodeReferenceView view(Project project, CodeReference reference, ZoneId zone) {
    ZonedDateTime created = reference.createdAt().atZone(zone);
    return new CodeReferenceView(
        reference.id(),
        reference.commit(),
        project.uniqueName(),
        reference.uploadedBy(),
        reference.sizeBytes(),
        false,
        created,
        created);
  }
}

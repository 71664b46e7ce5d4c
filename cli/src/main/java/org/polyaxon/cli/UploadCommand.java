package org.polyaxon.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.polyaxon.cli.ProjectDir.ProjectRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code polyaxon upload}: sends the current directory, less what {@code .polyaxonignore} leaves
 * out, as the project's code (a tar.gz in the multipart field {@code repo}).
 */
@Command(
    name = "upload",
    mixinStandardHelpOptions = true,
    description = "Upload this directory's code to the project (honours .polyaxonignore).")
final class UploadCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = {"-p", "--project"},
      description = "USER/PROJECT (default: this directory's project).")
  String project;

  @Override
  public Integer call() {
    Cli cli = Cli.of(spec);
    JsonNode reference = upload(cli, cli.project(project));
    cli.show(
        reference,
        () ->
            cli.output()
                .line(
                    "Code uploaded to "
                        + reference.path("project").asText()
                        + " (commit "
                        + reference.path("commit").asText()
                        + ", "
                        + reference.path("size").asLong()
                        + " bytes)."));
    return 0;
  }

  /** Archives the working directory and uploads it; returns the new code reference. */
  static JsonNode upload(Cli cli, ProjectRef project) {
    Path directory = cli.context().workDir();
    Path archive = null;
    try {
      List<String> files = CodeArchive.files(directory, IgnoreRules.in(directory));
      archive = Files.createTempFile("polyaxon-upload", ".tar.gz");
      try (OutputStream out = Files.newOutputStream(archive)) {
        CodeArchive.write(directory, files, out);
      }
      String boundary = "polyaxon-" + UUID.randomUUID();
      String head =
          "--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\"repo\"; filename=\""
              + project.name()
              + ".tar.gz\"\r\nContent-Type: application/gzip\r\n\r\n";
      String tail = "\r\n--" + boundary + "--\r\n";
      long size = Files.size(archive);
      Progress progress =
          new Progress(cli.context().terminal() ? cli.output().err() : null, size, files.size());
      Path body = archive;
      HttpRequest.BodyPublisher publisher =
          HttpRequest.BodyPublishers.concat(
              HttpRequest.BodyPublishers.ofString(head, StandardCharsets.UTF_8),
              HttpRequest.BodyPublishers.fromPublisher(
                  HttpRequest.BodyPublishers.ofInputStream(() -> progress.track(open(body))), size),
              HttpRequest.BodyPublishers.ofString(tail, StandardCharsets.UTF_8));
      JsonNode reference =
          cli.api()
              .post(
                  project.path() + "/repo/upload",
                  "multipart/form-data; boundary=" + boundary,
                  publisher);
      progress.finish();
      return reference;
    } catch (IOException e) {
      throw CliException.user("Cannot archive " + directory + ": " + e.getMessage());
    } finally {
      if (archive != null) {
        archive.toFile().delete();
      }
    }
  }

  private static InputStream open(Path file) {
    try {
      return Files.newInputStream(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A progress bar on stderr, drawn only when a person watches a terminal. */
  private static final class Progress {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final long total;
    private final int files;
    private long sent;
    private int drawn = -1;

    Progress(PrintWriter err, long total, int files) {
      this.err = err;
      this.total = Math.max(1, total);
      this.files = files;
    }

    InputStream track(InputStream in) {
      sent = 0;
      return new FilterInputStream(in) {
        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          int n = super.read(b, off, len);
          if (n > 0) {
            advance(n);
          }
          return n;
        }
      };
    }

    private synchronized void advance(int bytes) {
      sent += bytes;
      int percent = (int) Math.min(100, sent * 100 / total);
      if (err != null && percent != drawn) {
        drawn = percent;
        int filled = percent * WIDTH / 100;
        err.print(
            "\rUploading "
                + files
                + (files == 1 ? " file [" : " files [")
                + "#".repeat(filled)
                + " ".repeat(WIDTH - filled)
                + "] "
                + percent
                + "%");
        err.flush();
      }
    }

    void finish() {
      if (err != null && drawn >= 0) {
        err.println();
        err.flush();
      }
    }
  }
}

package org.polyaxon.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.polyaxon.server.http.BinaryHttp.Multipart;

/** Code upload through HTTP: versions, permissions, size limit and malformed bodies. */
class RepoUploadApiIT {
  @RegisterExtension static final PlatformUnderTest PLATFORM = PlatformUnderTest.frozen();
  private static TestPlatform platform;
  private static BinaryHttp ada;
  private static BinaryHttp bob;

  @BeforeAll
  static void start() {
    platform = PLATFORM.get();
    ada = platform.binary(platform.adaToken);
    bob = platform.binary(platform.bobToken);
    platform.createProject(platform.adaToken, "mnist", true);
    platform.createProject(platform.adaToken, "secret", false);
    platform.createProject(platform.adaToken, "limits", true);
  }

  private static Multipart repo(byte[] archive) {
    return new Multipart().file("repo", "mnist.tar.gz", archive);
  }

  @Test
  void uploadsBecomeTheLatestVersionAndDownloadAsUploaded() {
    assertProblem(ada.get("/api/v1/ada/mnist/repo"), 404, "No code was uploaded to ada.mnist");
    assertThat(platform.json(platform.adaToken).get("/api/v1/ada/mnist").body().get("has_code"))
        .hasToString("false");

    byte[] first = TarGz.of(Map.of("train.py", "print(1)"));
    BinaryHttp.Response created =
        ada.upload("/api/v1/ada/mnist/repo/upload", repo(first).field("json", "{\"sync\": true}"));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    JsonNode reference = created.json();
    assertThat(reference.get("commit").asText()).matches("[0-9a-f]{64}");
    assertThat(reference.get("created_at").asText()).isEqualTo("2024-03-01T12:00:00Z");
    assertThat(reference.get("user").asText()).isEqualTo("ada");
    assertThat(reference.get("project").asText()).isEqualTo("ada.mnist");
    assertThat(reference.get("size").asLong()).isEqualTo(first.length);

    byte[] second = TarGz.of(Map.of("src/train.py", "print(2)", "README.md", "# mnist"));
    JsonNode latest = ada.upload("/api/v1/ada/mnist/repo/upload", repo(second)).json();
    assertThat(latest.get("commit").asText()).isNotEqualTo(reference.get("commit").asText());
    assertThat(bob.get("/api/v1/ada/mnist/repo").json().get("commit"))
        .isEqualTo(latest.get("commit"));

    BinaryHttp.Response download = bob.get("/api/v1/ada/mnist/repo/download");
    assertThat(download.status()).isEqualTo(200);
    assertThat(download.contentType()).startsWith("application/gzip");
    assertThat(download.bytes()).isEqualTo(second);
    assertThat(TarGz.files(download.bytes()))
        .containsEntry("src/train.py", "print(2)")
        .containsEntry("README.md", "# mnist");
    assertThat(platform.json(platform.adaToken).get("/api/v1/ada/mnist").body().get("has_code"))
        .hasToString("true");
  }

  @Test
  void aLargeUploadIsSpooledToDiskAndLeavesNothingBehind() throws Exception {
    // Random text does not compress, so the part is far above the 64 KiB kept in memory.
    byte[] noise = new byte[300 * 1024];
    new Random(3).nextBytes(noise);
    byte[] archive =
        TarGz.of(Map.of("data.txt", java.util.Base64.getEncoder().encodeToString(noise)));
    assertThat(archive.length).isGreaterThan(300 * 1024);
    platform.createProject(platform.adaToken, "large", true);

    BinaryHttp.Response created = ada.upload("/api/v1/ada/large/repo/upload", repo(archive));

    assertThat(created.status()).as(created.text()).isEqualTo(201);
    assertThat(ada.get("/api/v1/ada/large/repo/download").bytes()).isEqualTo(archive);
    try (Stream<Path> left = Files.list(PLATFORM.home().resolve("upload"))) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void onlyTheOwnerOrASuperuserUploadsAndPrivateProjectsStayHidden() {
    byte[] archive = TarGz.of(Map.of("a.py", "a"));
    assertProblem(
        bob.upload("/api/v1/ada/mnist/repo/upload", repo(archive)),
        403,
        "Only the owner of ada.mnist or a superuser may change it.");
    assertProblem(
        bob.upload("/api/v1/ada/secret/repo/upload", repo(archive)),
        404,
        "There is no project ada.secret");
    assertThat(
            platform
                .binary(platform.rootToken)
                .upload("/api/v1/ada/secret/repo/upload", repo(archive))
                .status())
        .isEqualTo(201);
    assertProblem(bob.get("/api/v1/ada/secret/repo"), 404, "There is no project ada.secret");
    assertProblem(
        bob.get("/api/v1/ada/secret/repo/download"), 404, "There is no project ada.secret");
    assertThat(ada.get("/api/v1/ada/secret/repo/download").bytes()).isEqualTo(archive);
    assertThat(
            new BinaryHttp(platform.platform.port(), null).get("/api/v1/ada/mnist/repo").status())
        .isEqualTo(401);
  }

  @Test
  void uploadsPastTheLimitAreRefusedWith413WithoutKeepingAnything() throws Exception {
    // Within what may be announced, so read whole: the file part is over the limit.
    byte[] big = new byte[1024 * 1024 + 1];
    new Random(7).nextBytes(big);
    assertProblem(
        ada.upload("/api/v1/ada/limits/repo/upload", repo(big)),
        413,
        "The upload is larger than the limit of 1048576 bytes (uploads.maxSizeMiB)");

    // Announced as bigger than the limit: refused before the body is read. (A client that sent
    // the body at once could lose the answer to the server's early close, so this one stops.)
    assertThat(statusForAnnouncedUpload(2 * 1024 * 1024)).isEqualTo(413);

    // Chunked, so only the streaming limit can stop it: the server answers 413 and closes, and
    // a client still writing may see the close instead of the answer; either way nothing stays.
    byte[] bigger = new byte[3 * 1024 * 1024];
    new Random(8).nextBytes(bigger);
    try {
      BinaryHttp.Response chunked =
          ada.postChunked(
              "/api/v1/ada/limits/repo/upload",
              repo(bigger).bytes(),
              "multipart/form-data; boundary=" + BinaryHttp.BOUNDARY);
      assertThat(chunked.status()).as(chunked.text()).isEqualTo(413);
      assertThat(chunked.contentType()).startsWith("application/problem+json");
    } catch (UncheckedIOException closedWhileSending) {
      // The server closed the connection after its 413 while the body was still going out:
      // the transport error is the answer this client could see. What matters is checked below.
      assertThat(closedWhileSending).hasCauseInstanceOf(IOException.class);
    }

    assertThat(ada.get("/api/v1/ada/limits/repo").status()).isEqualTo(404);
    assertThat(PLATFORM.home().resolve("repos/ada/limits")).doesNotExist();
    try (Stream<Path> left = Files.list(PLATFORM.home().resolve("upload"))) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void unsafeOrBrokenArchivesAreBadRequests() {
    assertProblem(
        ada.upload("/api/v1/ada/limits/repo/upload", repo(TarGz.of(Map.of("../../evil", "x")))),
        400,
        "Entry '../../evil' would be written outside the tree");
    assertProblem(
        ada.upload(
            "/api/v1/ada/limits/repo/upload", repo(TarGz.of(Map.of("/etc/cron.d/evil", "x")))),
        400,
        "Entry '/etc/cron.d/evil' would be written outside the tree");
    BinaryHttp.Response notGzip =
        ada.upload(
            "/api/v1/ada/limits/repo/upload",
            repo("not an archive".getBytes(StandardCharsets.UTF_8)));
    assertThat(notGzip.status()).isEqualTo(400);
    assertThat(notGzip.json().get("detail").asText()).startsWith("Not a valid tar.gz archive");
    assertThat(PLATFORM.home().resolve("evil")).doesNotExist();
    assertThat(ada.get("/api/v1/ada/limits/repo").status()).isEqualTo(404);
  }

  @Test
  void malformedBodiesAndMissingFieldsAreNamed() {
    assertProblem(
        ada.upload("/api/v1/ada/limits/repo/upload", new Multipart().field("json", "{}")),
        400,
        "The multipart field 'repo' (a file) is missing");
    assertProblem(
        ada.post("/api/v1/ada/limits/repo/upload", "{}".getBytes(), "application/json"),
        400,
        "Expected a multipart/form-data body with the file field 'repo'");
    BinaryHttp.Response garbled =
        ada.post(
            "/api/v1/ada/limits/repo/upload",
            "--nope\r\nthis is not multipart".getBytes(StandardCharsets.UTF_8),
            "multipart/form-data; boundary=" + BinaryHttp.BOUNDARY);
    assertThat(garbled.status()).as(garbled.text()).isEqualTo(400);
    assertThat(garbled.json().get("detail").asText()).startsWith("Malformed multipart body");
  }

  static void assertProblem(BinaryHttp.Response response, int status, String detail) {
    assertThat(response.status()).as(response.text()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("detail").asText()).isEqualTo(detail);
  }

  /** Sends only the headers of an upload of {@code length} bytes and reads the status line. */
  private static int statusForAnnouncedUpload(long length) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", platform.platform.port())) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /api/v1/ada/limits/repo/upload HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                  + "Authorization: Token "
                  + platform.adaToken
                  + "\r\n"
                  + "Content-Type: multipart/form-data; boundary="
                  + BinaryHttp.BOUNDARY
                  + "\r\n"
                  + "Content-Length: "
                  + length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(new byte[1024]);
      out.flush();
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
      return Integer.parseInt(in.readLine().split(" ")[1]);
    }
  }
}

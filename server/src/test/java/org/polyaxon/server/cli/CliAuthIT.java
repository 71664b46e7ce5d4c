package org.polyaxon.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.polyaxon.cli.Version;
import org.polyaxon.server.cli.CliRunner.Result;
import org.polyaxon.server.http.PlatformUnderTest;
import org.polyaxon.server.http.TestPlatform;

/**
 * The CLI's configuration, login, users and error classes against a real server: every exit code of
 * docs/cli.md.
 */
class CliAuthIT {
  @RegisterExtension static final PlatformUnderTest PLATFORM = PlatformUnderTest.frozen();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static TestPlatform platform;

  @BeforeAll
  static void start() {
    platform = PLATFORM.get();
  }

  private static CliRunner cli(Path home, Path dir) {
    return CliRunner.against(platform.platform.port(), home, dir);
  }

  @Test
  void loginWithATokenThenWhoamiAndLogout(@TempDir Path home, @TempDir Path dir)
      throws IOException {
    CliRunner cli = cli(home, dir);
    Result login = cli.run("login", "--token", platform.adaToken);
    assertThat(login.exit()).as(login.toString()).isZero();
    assertThat(login.out()).isEqualTo("Logged in as ada.\n");
    Path auth = home.resolve(".polyaxonauth");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(auth)))
        .isEqualTo("rw-------");
    JsonNode stored = JSON.readTree(auth.toFile());
    assertThat(stored.get("username").asText()).isEqualTo("ada");
    assertThat(stored.get("token").asText()).isEqualTo(platform.adaToken);

    Result whoami = cli.run("whoami");
    assertThat(whoami.out()).isEqualTo("ada <ada@example.com>\n");
    Result json = cli.run("whoami", "--json");
    assertThat(JSON.readTree(json.out()).get("username").asText()).isEqualTo("ada");

    assertThat(cli.run("logout").out()).isEqualTo("Logged out.\n");
    assertThat(auth).doesNotExist();
    Result after = cli.run("whoami");
    assertThat(after.exit()).isEqualTo(4);
    assertThat(after.err())
        .isEqualTo(
            "polyaxon: Not logged in: run `polyaxon login` (or set"
                + " POLYAXON_SECRET_USER_TOKEN)\n");
  }

  @Test
  void loginWithUsernameAndPassword(@TempDir Path home, @TempDir Path dir) {
    CliRunner cli = cli(home, dir);
    Result login = cli.run("login", "-u", "bob", "-p", "bob-password");
    assertThat(login.exit()).as(login.toString()).isZero();
    assertThat(cli.run("whoami").out()).startsWith("bob <");

    Result wrong = cli.run("login", "-u", "bob", "-p", "not-it");
    assertThat(wrong.exit()).isEqualTo(4);
    assertThat(wrong.err()).startsWith("polyaxon: Login failed: ").doesNotContain("Exception");
    // Without a terminal, a missing password cannot be asked for: a user error that says why.
    Result noTerminal = cli.run("login", "-u", "bob");
    assertThat(noTerminal.exit()).isEqualTo(1);
    assertThat(noTerminal.err()).contains("pass --token or -u/-p");
  }

  @Test
  void theSecretTokenVariableWinsAndABadTokenIsExit4(@TempDir Path home, @TempDir Path dir) {
    CliRunner cli = cli(home, dir).withEnv("POLYAXON_SECRET_USER_TOKEN", platform.bobToken);
    assertThat(cli.run("whoami").out()).startsWith("bob <");

    Result bad = cli.withEnv("POLYAXON_SECRET_USER_TOKEN", "not-a-token").run("whoami");
    assertThat(bad.exit()).isEqualTo(4);
    assertThat(bad.err())
        .startsWith("polyaxon: Not authenticated (")
        .endsWith("`polyaxon login`.\n");
    assertThat(bad.err().lines()).hasSize(1);
  }

  @Test
  void configIsStoredAndOverriddenByTheEnvironment(@TempDir Path home, @TempDir Path dir)
      throws IOException {
    CliRunner plain = CliRunner.against(1, home, dir).withEnv("POLYAXON_HTTP_PORT", "");
    Result set =
        plain.run("config", "set", "--host", "polyaxon.example.com", "--http_port", "8080");
    assertThat(set.exit()).as(set.toString()).isZero();
    JsonNode file = JSON.readTree(home.resolve(".polyaxonconfig").toFile());
    assertThat(file.get("host").asText()).isEqualTo("polyaxon.example.com");
    assertThat(file.get("http_port").asInt()).isEqualTo(8080);

    // POLYAXON_API_HOST (127.0.0.1 here) overrides the file's host.
    assertThat(plain.run("config", "get", "host", "http_port").out())
        .isEqualTo("host: 127.0.0.1\nhttp_port: 8080\n");
    assertThat(plain.run("config", "-l").out())
        .contains("host        127.0.0.1", "http_port   8080", "use_https   false");
    assertThat(plain.withEnv("POLYAXON_HTTP_PORT", "9000").run("config", "get", "http_port").out())
        .isEqualTo("http_port: 9000\n");
    assertThat(plain.run("config", "list").out()).isEqualTo(plain.run("config", "-l").out());
    assertThat(plain.run("dashboard").out()).isEqualTo("http://127.0.0.1:8080/_admin\n");
    assertThat(plain.run("dashboard", "--url").out()).isEqualTo("http://127.0.0.1:8080/_admin\n");
    assertThat(plain.run("dashboard", "--yes").out())
        .isEqualTo("No browser to open here; the dashboard is at http://127.0.0.1:8080/_admin\n");

    Result streams =
        plain.run("config", "set", "--ws_port", "8001", "--use_https", "--verify_ssl", "false");
    assertThat(streams.exit()).as(streams.toString()).isZero();
    file = JSON.readTree(home.resolve(".polyaxonconfig").toFile());
    assertThat(file.get("ws_port").asInt()).isEqualTo(8001);
    assertThat(file.get("use_https").asBoolean()).isTrue();
    assertThat(file.get("verify_ssl").asBoolean()).isFalse();
    assertThat(file.get("http_port").asInt()).isEqualTo(8080); // kept
    assertThat(plain.run("config", "get", "ws_port", "use_https", "verify_ssl").out())
        .isEqualTo("ws_port: 8001\nuse_https: true\nverify_ssl: false\n");
    assertThat(plain.run("dashboard", "--url").out()).isEqualTo("https://127.0.0.1:8080/_admin\n");
    assertThat(plain.run("config", "set", "--use_https", "false").exit()).isZero();
    assertThat(plain.run("config", "get", "use_https").out()).isEqualTo("use_https: false\n");

    Result badKey = plain.run("config", "get", "colour");
    assertThat(badKey.exit()).isEqualTo(1);
    assertThat(badKey.err()).contains("Unknown configuration key 'colour'");
    Result badPort = plain.run("config", "set", "--http_port", "http");
    assertThat(badPort.exit()).isEqualTo(1);
    assertThat(badPort.err()).contains("expected a port number from 1 to 65535, got 'http'");
  }

  @Test
  void versionsOfTheCliAndThePlatform(@TempDir Path home, @TempDir Path dir) throws IOException {
    CliRunner cli = cli(home, dir);
    assertThat(cli.run("version", "--cli").out())
        .isEqualTo("CLI version: " + Version.current() + "\n");
    assertThat(cli.run("version").out())
        .isEqualTo(
            "CLI version: "
                + Version.current()
                + "\nPlatform version: "
                + Version.current()
                + "\n");
    JsonNode json = JSON.readTree(cli.run("version", "--platform", "--json").out());
    assertThat(json.get("platform").asText()).isEqualTo(Version.current());
  }

  @Test
  void usersAndSuperusersAreManagedBySuperusers(@TempDir Path home, @TempDir Path dir) {
    CliRunner root = cli(home, dir).withEnv("POLYAXON_SECRET_USER_TOKEN", platform.rootToken);
    Result created =
        root.run(
            "user",
            "create",
            "carol",
            "--email",
            "carol@example.com",
            "--password",
            "carol-password");
    assertThat(created.exit()).as(created.toString()).isZero();
    assertThat(root.run("superuser", "grant", "carol").out())
        .isEqualTo("User carol is now a superuser.\n");
    CliRunner carol = cli(home, dir);
    assertThat(carol.run("login", "-u", "carol", "-p", "carol-password").exit()).isZero();
    assertThat(carol.run("whoami").out()).isEqualTo("carol <carol@example.com> (superuser)\n");
    assertThat(root.run("superuser", "revoke", "carol").exit()).isZero();
    assertThat(root.run("user", "deactivate", "carol").out())
        .isEqualTo("User carol deactivated.\n");
    assertThat(carol.run("whoami").exit()).isEqualTo(4);
    assertThat(root.run("user", "activate", "carol").exit()).isZero();
    assertThat(carol.run("whoami").exit()).isZero();

    Result notAllowed =
        cli(home, dir)
            .withEnv("POLYAXON_SECRET_USER_TOKEN", platform.bobToken)
            .run("user", "delete", "carol", "--yes");
    assertThat(notAllowed.exit()).isEqualTo(4);
    assertThat(notAllowed.err()).startsWith("polyaxon: Not allowed: ");
    Result unconfirmed = root.run("user", "delete", "carol");
    assertThat(unconfirmed.exit()).isEqualTo(1);
    assertThat(unconfirmed.err()).contains("Pass --yes to confirm");
    assertThat(root.run("user", "delete", "carol", "-y").out()).isEqualTo("User carol deleted.\n");
    assertThat(root.run("user", "activate", "carol").exit()).isEqualTo(1);
  }

  @Test
  void eachErrorClassHasItsExitCode(@TempDir Path home, @TempDir Path dir) throws IOException {
    CliRunner ada = cli(home, dir).withEnv("POLYAXON_SECRET_USER_TOKEN", platform.adaToken);

    Result notFound = ada.run("project", "-p", "ada/nothing", "get");
    assertThat(notFound.exit()).isEqualTo(1);
    assertThat(notFound.err().lines()).hasSize(1);

    Result usage = ada.run("project", "list", "--colour");
    assertThat(usage.exit()).isEqualTo(2);
    assertThat(usage.err())
        .isEqualTo("polyaxon: Unknown option: '--colour' (see 'polyaxon project list --help')\n");

    int closed = CliRunner.closedPort();
    Result down = ada.withEnv("POLYAXON_HTTP_PORT", String.valueOf(closed)).run("whoami");
    assertThat(down.exit()).isEqualTo(3);
    assertThat(down.err())
        .isEqualTo(
            "polyaxon: Cannot reach the server at http://127.0.0.1:"
                + closed
                + " (connection refused). Is it running? Check the address with `polyaxon config"
                + " list`.\n");
    Result verbose =
        ada.withEnv("POLYAXON_HTTP_PORT", String.valueOf(closed)).run("whoami", "--verbose");
    assertThat(verbose.err()).contains("java.net.ConnectException");

    Result bad = ada.withEnv("POLYAXON_SECRET_USER_TOKEN", "wrong").run("project", "list");
    assertThat(bad.exit()).isEqualTo(4);
    Result badLogin = cli(home, dir).run("login", "--token", "wrong");
    assertThat(badLogin.exit()).isEqualTo(4);
    assertThat(badLogin.err())
        .isEqualTo("polyaxon: Login failed: the server does not accept this token\n");
    assertThat(home.resolve(".polyaxonauth")).doesNotExist();

    Result notYet = ada.run("group", "get", "-g", "1");
    assertThat(notYet.exit()).isEqualTo(1);
    assertThat(notYet.err())
        .isEqualTo(
            "polyaxon: Experiment groups are not supported by this server yet; experiments and"
                + " jobs are (see docs/cli.md)\n");
    for (String[] command :
        List.of(
            new String[] {"build", "get", "-b", "1"},
            new String[] {"notebook", "start"},
            new String[] {"tensorboard", "url"})) {
      Result answer = ada.run(command);
      assertThat(answer.exit()).as(command[0]).isEqualTo(1);
      assertThat(answer.err().lines().toList())
          .singleElement()
          .asString()
          .contains("are not supported by this server yet");
    }
  }

  @Test
  void aServerThatFailsIsExit3(@TempDir Path home, @TempDir Path dir) throws IOException {
    HttpServer failing = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    failing.createContext(
        "/",
        exchange -> {
          byte[] body = "database on fire".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(500, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    failing.start();
    try {
      Result failed =
          CliRunner.against(failing.getAddress().getPort(), home, dir)
              .withEnv("POLYAXON_SECRET_USER_TOKEN", platform.adaToken)
              .run("whoami");
      assertThat(failed.exit()).isEqualTo(3);
      assertThat(failed.err())
          .isEqualTo("polyaxon: The server failed on GET /api/v1/users (500): database on fire\n");
    } finally {
      failing.stop(0);
    }
  }
}

package org.polyaxon.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.polyaxon.server.cli.CliRunner.Result;
import org.polyaxon.server.http.PlatformUnderTest;
import org.polyaxon.server.http.TestPlatform;

/** The CLI over HTTPS with a self-signed certificate: refused unless verify_ssl is false. */
class CliHttpsIT {
  @RegisterExtension static final PlatformUnderTest PLATFORM = PlatformUnderTest.frozen();
  @TempDir static Path tlsDir;
  private static TestPlatform platform;
  private static TlsProxy proxy;

  @BeforeAll
  static void start() throws Exception {
    platform = PLATFORM.get();
    proxy = TlsProxy.to(platform.platform.port(), tlsDir);
  }

  @AfterAll
  static void stop() {
    proxy.close();
  }

  private static CliRunner overHttps(Path home, Path dir) {
    return CliRunner.against(proxy.port(), home, dir)
        .withEnv("POLYAXON_USE_HTTPS", "true")
        .withEnv("POLYAXON_SECRET_USER_TOKEN", platform.adaToken);
  }

  @Test
  void aSelfSignedCertificateIsRefusedWithWhatToDo(@TempDir Path home, @TempDir Path dir) {
    Result whoami = overHttps(home, dir).run("whoami");

    assertThat(whoami.exit()).as(whoami.toString()).isEqualTo(3);
    assertThat(whoami.err())
        .startsWith("polyaxon: Cannot talk TLS with the server at https://127.0.0.1:")
        .contains("--verify_ssl false")
        .doesNotContain("\tat ");
  }

  @Test
  void withVerifySslFalseTheCommandsWork(@TempDir Path home, @TempDir Path dir) {
    CliRunner cli = overHttps(home, dir).withEnv("POLYAXON_VERIFY_SSL", "false");

    Result whoami = cli.run("whoami");
    assertThat(whoami.exit()).as(whoami.toString()).isZero();
    assertThat(whoami.out()).startsWith("ada");

    Result created = cli.run("project", "create", "--name", "over-tls");
    assertThat(created.exit()).as(created.toString()).isZero();
    assertThat(platform.ada().get("/api/v1/ada/over-tls").status()).isEqualTo(200);
  }
}

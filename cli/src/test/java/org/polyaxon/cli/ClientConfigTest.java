package org.polyaxon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientConfigTest {
  @Test
  void defaultsPointAtALocalServer(@TempDir Path home) {
    assertThat(ClientConfig.effective(home, CliEnvironment.of(Map.of())).baseUrl())
        .isEqualTo("http://127.0.0.1:8000");
  }

  @Test
  void theFileThenTheEnvironment(@TempDir Path home) {
    ClientConfig.defaults()
        .with("host", "ml.example.com", "t")
        .with("use_https", "true", "t")
        .save(home);
    assertThat(ClientConfig.effective(home, CliEnvironment.of(Map.of())).baseUrl())
        .isEqualTo("https://ml.example.com:443");
    CliEnvironment env =
        CliEnvironment.of(Map.of("POLYAXON_USE_HTTPS", "false", "POLYAXON_HTTP_PORT", "8080"));
    assertThat(ClientConfig.effective(home, env).baseUrl()).isEqualTo("http://ml.example.com:8080");
  }

  @Test
  void aHostWithASchemeIsUsedAsIs(@TempDir Path home) {
    CliEnvironment env = CliEnvironment.of(Map.of("POLYAXON_API_HOST", "https://ml.example.com/"));
    assertThat(ClientConfig.effective(home, env).baseUrl()).isEqualTo("https://ml.example.com");
  }

  @Test
  void logsAreStreamedFromTheWsPortWhenItIsSet(@TempDir Path home) {
    assertThat(ClientConfig.effective(home, CliEnvironment.of(Map.of())).streamsUrl())
        .isEqualTo("http://127.0.0.1:8000");
    CliEnvironment env =
        CliEnvironment.of(Map.of("POLYAXON_HTTP_PORT", "8000", "POLYAXON_WS_PORT", "1337"));
    assertThat(ClientConfig.effective(home, env).baseUrl()).isEqualTo("http://127.0.0.1:8000");
    assertThat(ClientConfig.effective(home, env).streamsUrl()).isEqualTo("http://127.0.0.1:1337");
    CliEnvironment url =
        CliEnvironment.of(
            Map.of(
                "POLYAXON_API_HOST", "https://ml.example.com:8443/px", "POLYAXON_WS_PORT", "1337"));
    assertThat(ClientConfig.effective(home, url).streamsUrl())
        .isEqualTo("https://ml.example.com:1337/px");
  }

  @Test
  void badValuesNameTheirSource(@TempDir Path home) {
    CliEnvironment env = CliEnvironment.of(Map.of("POLYAXON_USE_HTTPS", "maybe"));
    assertThatThrownBy(() -> ClientConfig.effective(home, env))
        .isInstanceOf(CliException.class)
        .hasMessage("POLYAXON_USE_HTTPS: expected true or false, got 'maybe'");
  }

  @Test
  void theCliHomeIsInjectable() {
    assertThat(CliContext.homeOf(CliEnvironment.of(Map.of("POLYAXON_CLI_HOME", "/tmp/x"))))
        .isEqualTo(Path.of("/tmp/x"));
    assertThat(CliContext.homeOf(CliEnvironment.of(Map.of("HOME", "/home/ada"))))
        .isEqualTo(Path.of("/home/ada/.polyaxon"));
  }
}

package org.polyaxon.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir Path dir;

  private PlatformConfig load(String yaml, Map<String, String> env) throws IOException {
    Path file = dir.resolve("polyaxon.yaml");
    Files.writeString(file, yaml);
    return ConfigLoader.standard().load(Optional.of(file), env);
  }

  @Test
  void defaultsApplyWithoutAFile() {
    PlatformConfig config = ConfigLoader.standard().load(Optional.empty(), Map.of());

    assertThat(config.get(Options.TIME_ZONE_OPTION)).isEqualTo(ZoneId.of("UTC"));
    assertThat(config.get(Options.EXECUTOR)).isEqualTo("local");
    assertThat(config.get(Options.USER_USERNAME)).isEqualTo("root");
    assertThat(config.get(Options.USER_PASSWORD)).isNull();
    assertThat(config.get(Options.ALLOWED_HOSTS)).containsExactly("*");
    assertThat(config.warnings()).isEmpty();
  }

  @Test
  void readsTheValuesVocabulary() throws IOException {
    PlatformConfig config =
        load(
            """
            timeZone: Europe/Berlin
            allowedHosts: [polyaxon.example.com, .example.org]
            adminViewEnabled: false
            user:
              username: ada
              email: ada@example.com
            persistence:
              outputs:
                outputs1: {mountPath: /outputs/1, hostPath: /data/outputs}
                bucket2: {store: s3, bucket: s3://results, secret: aws, secretKey: creds.json}
            nodeSelectors:
              experiments: {gpu: "true"}
            tolerations:
              jobs:
                - {key: dedicated, operator: Equal, value: ml, effect: NoSchedule}
            intervals:
              experimentsScheduler: 5
            """,
            Map.of());

    assertThat(config.get(Options.TIME_ZONE_OPTION)).isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThat(config.get(Options.ALLOWED_HOSTS))
        .containsExactly("polyaxon.example.com", ".example.org");
    assertThat(config.get(Options.ADMIN_VIEW_ENABLED)).isFalse();
    assertThat(config.get(Options.USER_USERNAME)).isEqualTo("ada");
    assertThat(config.get(Options.PERSISTENCE_OUTPUTS)).containsOnlyKeys("outputs1", "bucket2");
    assertThat(config.get(Options.PERSISTENCE_OUTPUTS).get("bucket2"))
        .containsEntry("bucket", "s3://results");
    assertThat(config.get(Options.NODE_SELECTORS.get(1))).containsEntry("gpu", "true");
    assertThat(config.get(Options.TOLERATIONS.get(2)))
        .singleElement()
        .satisfies(t -> assertThat(t).containsEntry("key", "dedicated"));
    assertThat(config.get(Options.INTERVAL_EXPERIMENTS_SCHEDULER)).isEqualTo(5);
    assertThat(config.warnings()).isEmpty();
  }

  @Test
  void theEnvironmentOverridesTheFileUnderThe04Names() throws IOException {
    PlatformConfig config =
        load(
            "timeZone: Europe/Berlin\npasswordLength: 10\n",
            Map.of(
                "POLYAXON_TIME_ZONE", "America/New_York",
                "POLYAXON_PASSWORD_LENGTH", "12",
                "POLYAXON_ALLOWED_HOSTS", "[\"a.example.com\", \"b.example.com\"]",
                "POLYAXON_ADMIN_PASSWORD", "0x1F",
                "POLYAXON_DATABASE_PASSWORD", "alias-works"));

    assertThat(config.get(Options.TIME_ZONE_OPTION)).isEqualTo(ZoneId.of("America/New_York"));
    assertThat(config.get(Options.PASSWORD_LENGTH)).isEqualTo(12);
    assertThat(config.get(Options.ALLOWED_HOSTS)).containsExactly("a.example.com", "b.example.com");
    assertThat(config.get(Options.USER_PASSWORD)).isEqualTo("0x1F");
    assertThat(config.get(Options.DATABASE_PASSWORD)).isEqualTo("alias-works");
  }

  @Test
  void reportsEveryBadValueWithItsPlace() throws IOException {
    Path file = dir.resolve("polyaxon.yaml");
    assertThatThrownBy(
            () ->
                load(
                    """
                    timeZone: Mars/Olympus
                    passwordLength: eight
                    allowedHosts: localhost
                    persistence:
                      logs: {mountPath: /logs, colour: blue}
                    executor: docker
                    """,
                    Map.of("POLYAXON_DB_PORT", "99999")))
        .isInstanceOf(ConfigException.class)
        .satisfies(
            e ->
                assertThat(((ConfigException) e).problems())
                    .extracting(ConfigProblem::toString)
                    .containsExactly(
                        file
                            + ":1:11: timeZone: 'Mars/Olympus' is not an IANA time zone such as UTC"
                            + " or Europe/Berlin",
                        file + ":2:17: passwordLength: 'eight' is not a whole number from 1 to 128",
                        file + ":3:15: allowedHosts: 'localhost' is not a list of strings",
                        file
                            + ":5:9: persistence.logs: unknown key 'colour'; expected a mapping with"
                            + " keys among existingClaim, mountPath, hostPath, subPath, readOnly,"
                            + " store, bucket, secret, secretKey",
                        file + ":6:11: executor: 'docker' is not one of local, kubernetes",
                        "environment variable POLYAXON_DB_PORT: database.port: 99999 is not a whole"
                            + " number from 1 to 65535"));
  }

  @Test
  void unknownKeysAreWarningsThatNameTheClosestKey() throws IOException {
    PlatformConfig config =
        load("timezone: UTC\nuser:\n  usrname: ada\nrabbitmqq: {enabled: true}\n", Map.of());

    assertThat(config.warnings())
        .containsExactly(
            dir.resolve("polyaxon.yaml")
                + ":1:1: unknown key 'timezone' (did you mean 'timeZone'?)",
            dir.resolve("polyaxon.yaml")
                + ":3:3: unknown key 'user.usrname' (did you mean 'user.username'?)",
            dir.resolve("polyaxon.yaml") + ":4:1: unknown key 'rabbitmqq'");
    assertThat(config.get(Options.TIME_ZONE_OPTION)).isEqualTo(ZoneId.of("UTC"));
  }

  @Test
  void emptyValuesKeepTheirDefaults() throws IOException {
    PlatformConfig config = load("secretRefs:\nhostName:\ndirs:\n", Map.of());

    assertThat(config.get(Options.SECRET_REFS)).isEmpty();
    assertThat(config.get(Options.HOST_NAME)).isNull();
    assertThat(config.isSet(Options.SECRET_REFS)).isFalse();
  }

  @Test
  void aSyntaxErrorNamesItsPlace() {
    assertThatThrownBy(() -> load("user:\n  username: [unclosed\n", Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(dir.resolve("polyaxon.yaml") + ":")
        .hasMessageContaining("(syntax)");
  }

  @Test
  void theUpstreamChartValuesAreAcceptedWithWarningsOnlyForChartOnlyKeys() {
    Path upstream =
        Path.of(System.getProperty("polyaxon.root", ".."))
            // The copy kept with its provenance by the chart tests.
            .resolve("chart-tests/src/test/resources/values-upstream-0.x.yaml");
    PlatformConfig config = ConfigLoader.standard().load(Optional.of(upstream), Map.of());

    assertThat(config.get(Options.USER_PASSWORD)).isEqualTo("rootpassword");
    assertThat(config.get(Options.PASSWORD_LENGTH)).isEqualTo(8);
    assertThat(config.get(Options.EMAIL_PORT)).isEqualTo(25);
    assertThat(config.chartOnlyKeys()).contains("rbac", "ingress", "queues", "postgresql");
    assertThat(config.warnings()).isEmpty();
    assertThat(config.get(Options.NAMESPACE)).isEqualTo("polyaxon");
  }
}

package org.polyaxon.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.polyaxon.server.cli.CliRunner.Result;
import org.polyaxon.server.config.Options;
import org.polyaxon.server.http.PlatformUnderTest;
import org.polyaxon.server.http.TestPlatform;

/**
 * A server whose {@code timeZone} is Europe/Paris: the CLI shows a run's times, its statuses' and
 * its log lines' in that zone, and {@code --hide_time} strips the stamps it shows.
 */
class CliTimeZoneIT {
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @RegisterExtension
  static final PlatformUnderTest PLATFORM =
      PlatformUnderTest.with(
          Clock.systemUTC(), config -> config.with(Options.TIME_ZONE_OPTION, PARIS));

  private static TestPlatform platform;

  @BeforeAll
  static void start() {
    platform = PLATFORM.get();
  }

  @Test
  void timesAreShownInTheServersZone(@TempDir Path home, @TempDir Path dir) throws IOException {
    CliRunner cli =
        CliRunner.against(platform.platform.port(), home, dir)
            .loggedIn(platform.adaToken)
            .boundToNewProject("paris");
    cli.writeExperiment("echo bonjour && echo au revoir");
    // A run lasts under a second: the offset now is the offset of all its times.
    String offset = Pattern.quote(PARIS.getRules().getOffset(Instant.now()).getId());
    String time = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?" + offset;

    Result run = cli.run("run", "-l");
    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(run.out()).containsPattern("(?m)^" + time + " bonjour$");

    Result get = cli.run("experiment", "get");
    assertThat(get.out())
        .containsPattern("(?m)^created_at +" + time + "$")
        .containsPattern("(?m)^finished_at +" + time + "$");
    Result statuses = cli.run("experiment", "statuses");
    assertThat(statuses.out()).containsPattern("(?m)^" + time + " +succeeded");
    assertThat(cli.run("experiment", "list").out()).containsPattern(time);

    Result past = cli.run("experiment", "logs", "--past");
    assertThat(past.out().lines().toList())
        .hasSize(2)
        .allSatisfy(line -> assertThat(line).matches(time + " (bonjour|au revoir)"));
    assertThat(cli.run("experiment", "logs", "--past", "--hide_time").out())
        .isEqualTo("bonjour\nau revoir\n");
  }
}

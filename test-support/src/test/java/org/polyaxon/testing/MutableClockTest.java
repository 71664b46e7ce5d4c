package org.polyaxon.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class MutableClockTest {

  @Test
  void standsStillUntilMoved() {
    MutableClock clock = MutableClock.at("2024-03-01T10:00:00Z");

    assertThat(clock.instant()).isEqualTo(Instant.parse("2024-03-01T10:00:00Z"));
    assertThat(clock.instant()).isEqualTo(clock.instant());

    clock.advance(Duration.ofMinutes(90));
    assertThat(clock.instant()).isEqualTo(Instant.parse("2024-03-01T11:30:00Z"));

    clock.set(Instant.parse("2020-01-01T00:00:00Z"));
    assertThat(clock.millis()).isEqualTo(Instant.parse("2020-01-01T00:00:00Z").toEpochMilli());
  }

  @Test
  void zonedViewMovesWithTheOriginal() {
    MutableClock clock = MutableClock.at("2024-03-01T10:00:00Z");
    Clock paris = clock.withZone(ZoneId.of("Europe/Paris"));

    clock.advance(Duration.ofSeconds(5));

    assertThat(paris.instant()).isEqualTo(Instant.parse("2024-03-01T10:00:05Z"));
    assertThat(paris.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
  }

  @Test
  void refusesToRunBackwards() {
    MutableClock clock = MutableClock.at("2024-03-01T10:00:00Z");

    assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("use set()");
  }
}

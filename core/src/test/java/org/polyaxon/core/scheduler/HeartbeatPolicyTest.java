package org.polyaxon.core.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.polyaxon.core.run.Run;
import org.polyaxon.core.run.RunAttributes;
import org.polyaxon.core.run.RunKind;
import org.polyaxon.core.status.Status;

class HeartbeatPolicyTest {
  private static final Instant NOW = Instant.parse("2024-03-01T12:00:00Z");
  private final HeartbeatPolicy policy =
      new HeartbeatPolicy(Duration.ofSeconds(300), Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void aRunningRunSilentPastTheTtlIsAZombie() {
    assertThat(policy.zombie(run(Status.RUNNING, NOW.minusSeconds(301))))
        .contains(
            "zombie: no heartbeat for 301 s (ttl.heartbeat is 300 s) and the executor has no"
                + " process for it");
  }

  @Test
  void aRecentHeartbeatOrNoneAtAllIsNoZombie() {
    assertThat(policy.zombie(run(Status.RUNNING, NOW.minusSeconds(300)))).isEmpty();
    assertThat(policy.zombie(run(Status.RUNNING, null))).isEmpty();
  }

  @Test
  void onlyRunningStatusesCanBeZombies() {
    Instant old = NOW.minusSeconds(3600);
    assertThat(policy.zombie(run(Status.SCHEDULED, old))).isPresent();
    assertThat(policy.zombie(run(Status.CREATED, old))).isEmpty();
    assertThat(policy.zombie(run(Status.UNKNOWN, old))).isEmpty();
  }

  @Test
  void aDisabledPolicyFindsNoZombie() {
    assertThat(HeartbeatPolicy.disabled().zombie(run(Status.RUNNING, Instant.EPOCH))).isEmpty();
  }

  private static Run run(Status status, Instant heartbeat) {
    return new Run(
        1,
        "a".repeat(32),
        1,
        RunKind.EXPERIMENT,
        1,
        1,
        "ada",
        null,
        null,
        "",
        List.of(),
        "{}",
        Map.of(),
        status,
        null,
        Map.of(),
        NOW,
        NOW,
        NOW,
        null,
        null,
        null,
        null,
        null,
        heartbeat,
        RunAttributes.NONE,
        null,
        false);
  }
}

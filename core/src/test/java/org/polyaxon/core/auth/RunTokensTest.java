package org.polyaxon.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.polyaxon.core.error.ForbiddenException;
import org.polyaxon.core.error.NotAuthenticatedException;
import org.polyaxon.core.run.Run;
import org.polyaxon.core.run.RunAttributes;
import org.polyaxon.core.run.RunKind;
import org.polyaxon.core.status.Status;

class RunTokensTest {
  private static final Instant NOW = Instant.parse("2024-03-01T12:00:00Z");
  private static final User ADA = new User(1, "ada", "ada@example.com", false, true, NOW);

  private final InMemoryRunTokens store = new InMemoryRunTokens();
  private final RunTokens tokens = new RunTokens(store, Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void aMintedTokenIsStoredOnlyAsADigestAndAuthenticatesItsRun() {
    String token = tokens.mint(run(7, RunKind.EXPERIMENT, 3));

    assertThat(token).startsWith(RunTokens.PREFIX).hasSize(RunTokens.PREFIX.length() + 40);
    assertThat(store.hashes.keySet()).doesNotContain(token).hasSize(1);
    assertThat(store.hashes.values()).containsExactly(7L);
    RunPrincipal principal = tokens.authenticate(token);
    assertThat(principal.runId()).isEqualTo(7);
    assertThat(principal.creator()).isEqualTo(ADA);
    assertThat(principal.describe()).isEqualTo("experiment ada.mnist.3");
  }

  @Test
  void aNewLaunchReplacesTheRunsEarlierToken() {
    Run run = run(7, RunKind.EXPERIMENT, 3);
    String first = tokens.mint(run);
    String second = tokens.mint(run);

    assertThat(second).isNotEqualTo(first);
    assertThatThrownBy(() -> tokens.authenticate(first))
        .isInstanceOf(NotAuthenticatedException.class)
        .hasMessage("Invalid token.");
    assertThat(tokens.authenticate(second).runId()).isEqualTo(7);
  }

  @Test
  void aTokenExpiresWhenItsRunReachesAFinalStatus() {
    String token = tokens.mint(run(7, RunKind.JOB, 2));
    for (Status status : List.of(Status.SCHEDULED, Status.RUNNING, Status.UNKNOWN)) {
      store.status = status;
      assertThatNoException().isThrownBy(() -> tokens.authenticate(token));
    }
    for (Status done : List.of(Status.SUCCEEDED, Status.FAILED, Status.STOPPED)) {
      store.status = done;
      assertThatThrownBy(() -> tokens.authenticate(token))
          .isInstanceOf(NotAuthenticatedException.class)
          .hasMessage(
              "Run token expired: job ada.mnist.2 is "
                  + done.wireName()
                  + ", and a run's token is valid only until the run finishes.");
    }
  }

  @Test
  void unknownTokensAndDeactivatedCreatorsAreRefused() {
    assertThatThrownBy(() -> tokens.authenticate("run_" + "0".repeat(40)))
        .isInstanceOf(NotAuthenticatedException.class)
        .hasMessage("Invalid token.");
    String token = tokens.mint(run(7, RunKind.EXPERIMENT, 3));
    store.creator = new User(1, "ada", "ada@example.com", false, false, NOW);
    assertThatThrownBy(() -> tokens.authenticate(token))
        .isInstanceOf(NotAuthenticatedException.class)
        .hasMessageContaining("deactivated");
  }

  @Test
  void aPrincipalMayOnlyUseItsOwnRun() {
    RunPrincipal principal = new RunPrincipal(ADA, 7, RunKind.EXPERIMENT, 3, "ada", "mnist");

    assertThatNoException()
        .isThrownBy(() -> principal.requireRun("ada", "mnist", RunKind.EXPERIMENT, 3));
    assertThatThrownBy(() -> principal.requireRun("ada", "mnist", RunKind.EXPERIMENT, 4))
        .isInstanceOf(ForbiddenException.class)
        .hasMessage(
            "This run token belongs to experiment ada.mnist.3 and may only be used for that run,"
                + " not for experiment ada.mnist.4");
    assertThatThrownBy(() -> principal.requireRun("ada", "mnist", RunKind.JOB, 3))
        .isInstanceOf(ForbiddenException.class)
        .hasMessageEndingWith("not for job ada.mnist.3");
    assertThatThrownBy(() -> principal.requireRun("ada", "cifar", RunKind.EXPERIMENT, 3))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> principal.requireRun("bob", "mnist", RunKind.EXPERIMENT, 3))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void onlyPrefixedTokensAreRunTokens() {
    assertThat(RunTokens.isRunToken("run_abc")).isTrue();
    assertThat(RunTokens.isRunToken("0123abcd")).isFalse();
  }

  /** A run of ada.mnist that the store knows. */
  private Run run(long id, RunKind kind, long number) {
    Run run =
        new Run(
            id,
            "a".repeat(32),
            1,
            kind,
            number,
            ADA.id(),
            ADA.username(),
            null,
            null,
            "",
            List.of(),
            "{}",
            Map.of(),
            Status.SCHEDULED,
            null,
            Map.of(),
            NOW,
            NOW,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            RunAttributes.NONE,
            null,
            false);
    store.remember(run);
    return run;
  }

  /** One project (ada.mnist); the test sets the status and creator the store reports. */
  private static final class InMemoryRunTokens implements RunTokenStore {
    final Map<String, Long> hashes = new HashMap<>();
    final Map<Long, RunKind> kinds = new HashMap<>();
    Status status = Status.SCHEDULED;
    User creator = ADA;
    private final Map<Long, Long> numbers = new HashMap<>();

    @Override
    public void save(long runId, String tokenHash, Instant createdAt) {
      hashes.values().removeIf(id -> id == runId);
      hashes.put(tokenHash, runId);
    }

    @Override
    public Optional<TokenRun> findByTokenHash(String tokenHash) {
      return Optional.ofNullable(hashes.get(tokenHash))
          .map(
              id ->
                  new TokenRun(
                      creator,
                      id,
                      kinds.getOrDefault(id, RunKind.EXPERIMENT),
                      numbers.getOrDefault(id, 3L),
                      status,
                      "ada",
                      "mnist"));
    }

    void remember(Run run) {
      kinds.put(run.id(), run.kind());
      numbers.put(run.id(), run.number());
    }
  }
}

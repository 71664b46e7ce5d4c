package org.polyaxon.core.auth;

import java.time.Clock;
import org.polyaxon.core.auth.RunTokenStore.TokenRun;
import org.polyaxon.core.error.NotAuthenticatedException;
import org.polyaxon.core.run.Run;

/**
 * Tokens that a run's process authenticates with. Each is minted when the run is launched, kept
 * only as a digest, limited to its run (see {@link RunPrincipal}) and valid until the run reaches a
 * final status: validity is read from the run's status at every request, so it ends in the very
 * transaction that finishes the run.
 */
public final class RunTokens {
  /** Run tokens start with this, so a request's token is looked up in one table only. */
  public static final String PREFIX = "run_";

  private static final int TOKEN_BYTES = 20;

  private final RunTokenStore store;
  private final Clock clock;

  public RunTokens(RunTokenStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  public static boolean isRunToken(String token) {
    return token.startsWith(PREFIX);
  }

  /** A new token for the run, replacing any earlier one; only its digest is stored. */
  public String mint(Run run) {
    String token = PREFIX + Passwords.randomHex(TOKEN_BYTES);
    store.save(run.id(), TokenHash.of(token), clock.instant());
    return token;
  }

  /** The run a token stands for, while that run is unfinished and its creator active. */
  public RunPrincipal authenticate(String token) {
    TokenRun run =
        store
            .findByTokenHash(TokenHash.of(token))
            .orElseThrow(() -> new NotAuthenticatedException("Invalid token."));
    RunPrincipal principal =
        new RunPrincipal(
            run.creator(),
            run.runId(),
            run.kind(),
            run.number(),
            run.projectOwner(),
            run.projectName());
    if (run.kind().machine().isDone(run.status())) {
      throw new NotAuthenticatedException(
          "Run token expired: "
              + principal.describe()
              + " is "
              + run.status().wireName()
              + ", and a run's token is valid only until the run finishes.");
    }
    if (!run.creator().active()) {
      throw new NotAuthenticatedException(
          "Invalid token: the user who created " + principal.describe() + " is deactivated.");
    }
    return principal;
  }
}

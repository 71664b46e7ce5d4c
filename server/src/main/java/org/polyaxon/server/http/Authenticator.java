package org.polyaxon.server.http;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Optional;
import org.polyaxon.core.auth.RunPrincipal;
import org.polyaxon.core.auth.RunTokens;
import org.polyaxon.core.auth.User;
import org.polyaxon.core.auth.Users;
import org.polyaxon.core.error.NotAuthenticatedException;

/**
 * Finds who sends a request from {@code Authorization: Token <key>} (keyword in any case): a user,
 * or a run's process holding its run token. A run token is refused up front outside {@link
 * RunTokenScope}, and again by every route that asks for a {@link #user} rather than going through
 * {@link RunLookup}.
 */
final class Authenticator {
  private static final String USER = "polyaxon.user";
  private static final String RUN = "polyaxon.run";

  private final Users users;
  private final RunTokens runTokens;

  Authenticator(Users users, RunTokens runTokens) {
    this.users = users;
    this.runTokens = runTokens;
  }

  /** A before-handler: authenticates the request or answers 401. */
  void require(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || header.isBlank()) {
      throw new NotAuthenticatedException("Authentication credentials were not provided.");
    }
    String[] parts = header.trim().split("\\s+");
    if (parts.length != 2 || !parts[0].toLowerCase(Locale.ROOT).equals("token")) {
      throw new NotAuthenticatedException(
          "Invalid Authorization header; expected 'Authorization: Token <key>'.");
    }
    if (RunTokens.isRunToken(parts[1])) {
      RunPrincipal run = runTokens.authenticate(parts[1]);
      RunTokenScope.check(ctx, run);
      ctx.attribute(RUN, run);
    } else {
      ctx.attribute(USER, users.authenticate(parts[1]));
    }
  }

  /**
   * For WebSocket upgrades: the header as {@link #require}, else a {@code token} query parameter,
   * because browsers cannot set headers on a WebSocket.
   */
  void requireHeaderOrQueryToken(Context ctx) {
    String header = ctx.header("Authorization");
    String token = ctx.queryParam("token");
    if ((header == null || header.isBlank()) && token != null && !token.isBlank()) {
      ctx.attribute(USER, users.authenticate(token.trim()));
    } else {
      require(ctx);
    }
  }

  /** The user {@link #require} found for this request, or null when it did not run or failed. */
  static User userIfAny(Context ctx) {
    return ctx.attribute(USER);
  }

  /** The user {@link #require} found for this request; a run token is forbidden here. */
  static User user(Context ctx) {
    RunPrincipal run = ctx.attribute(RUN);
    if (run != null) {
      throw RunTokenScope.outOfScope(ctx, run);
    }
    User user = ctx.attribute(USER);
    if (user == null) {
      throw new NotAuthenticatedException("Authentication credentials were not provided.");
    }
    return user;
  }

  /** The run whose token authenticated this request, if one did. */
  static Optional<RunPrincipal> runPrincipal(Context ctx) {
    return Optional.ofNullable(ctx.attribute(RUN));
  }
}

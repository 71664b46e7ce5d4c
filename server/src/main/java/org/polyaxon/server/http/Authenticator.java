package org.polyaxon.server.http;

import io.javalin.http.Context;
import java.util.Locale;
import org.polyaxon.core.auth.User;
import org.polyaxon.core.auth.Users;
import org.polyaxon.core.error.NotAuthenticatedException;

/** Finds the user of a request from {@code Authorization: Token <key>} (keyword in any case). */
final class Authenticator {
  private static final String USER = "polyaxon.user";

  private final Users users;

  Authenticator(Users users) {
    this.users = users;
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
    ctx.attribute(USER, users.authenticate(parts[1]));
  }

  /** The user {@link #require} found for this request. */
  static User user(Context ctx) {
    User user = ctx.attribute(USER);
    if (user == null) {
      throw new NotAuthenticatedException("Authentication credentials were not provided.");
    }
    return user;
  }
}

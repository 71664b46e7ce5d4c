package org.polyaxon.server.http;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import org.polyaxon.core.auth.User;
import org.polyaxon.core.auth.UserStore.NewUser;
import org.polyaxon.core.auth.Users;
import org.polyaxon.core.error.InvalidInputException;

/** Login, the current user, and user administration for superusers (reference 3.2). */
final class UserResource {
  private final Users users;
  private final RequestBodies bodies;
  private final ZoneId zone;

  UserResource(Users users, RequestBodies bodies, ZoneId zone) {
    this.users = users;
    this.bodies = bodies;
    this.zone = zone;
  }

  void register(RoutesConfig routes) {
    routes.post("/api/v1/users/token", this::token);
    routes.get("/api/v1/users", this::current);
    routes.post("/api/v1/users", this::create);
    routes.post("/api/v1/users/activate/{username}", ctx -> setActive(ctx, true));
    routes.post("/api/v1/users/deactivate/{username}", ctx -> setActive(ctx, false));
    routes.delete("/api/v1/users/delete/{username}", this::delete);
    routes.post("/api/v1/superusers/grant/{username}", ctx -> setSuperuser(ctx, true));
    routes.post("/api/v1/superusers/revoke/{username}", ctx -> setSuperuser(ctx, false));
  }

  /** Paths that answer without a token. */
  static boolean isPublic(Context ctx) {
    return ctx.path().replaceAll("/+$", "").equals("/api/v1/users/token");
  }

  /** Accepted by {@code POST /users/token}; {@code login} asks for a session, which we ignore. */
  @JsonIgnoreProperties(value = "login")
  record Credentials(String username, String password) {}

  record NewUserRequest(String username, String email, String password, Boolean isSuperuser) {}

  record CurrentUser(String username, String email, boolean isSuperuser) {}

  record UserView(
      String username,
      String email,
      boolean isSuperuser,
      boolean isActive,
      ZonedDateTime createdAt) {}

  private void token(Context ctx) {
    Credentials credentials;
    String contentType = ctx.contentType() == null ? "" : ctx.contentType();
    if (contentType.startsWith("application/x-www-form-urlencoded")
        || contentType.startsWith("multipart/")) {
      credentials = new Credentials(ctx.formParam("username"), ctx.formParam("password"));
    } else {
      credentials = bodies.read(ctx, Credentials.class);
    }
    if (credentials.username() == null || credentials.password() == null) {
      throw new InvalidInputException("Both 'username' and 'password' are required");
    }
    ctx.json(Map.of("token", users.login(credentials.username(), credentials.password())));
  }

  private void current(Context ctx) {
    User user = Authenticator.user(ctx);
    ctx.json(new CurrentUser(user.username(), user.email(), user.superuser()));
  }

  private void create(Context ctx) {
    NewUserRequest request = bodies.read(ctx, NewUserRequest.class);
    if (request.email() == null || !request.email().contains("@")) {
      throw new InvalidInputException("email: expected an e-mail address");
    }
    User created =
        users.create(
            Authenticator.user(ctx),
            new NewUser(
                request.username(), request.email(), Boolean.TRUE.equals(request.isSuperuser())),
            request.password());
    ctx.status(HttpStatus.CREATED).json(view(created));
  }

  private void setActive(Context ctx, boolean active) {
    users.setActive(Authenticator.user(ctx), ctx.pathParam("username"), active);
    ctx.status(HttpStatus.OK)
        .json(Map.of("username", ctx.pathParam("username"), "is_active", active));
  }

  private void setSuperuser(Context ctx, boolean superuser) {
    users.setSuperuser(Authenticator.user(ctx), ctx.pathParam("username"), superuser);
    ctx.status(HttpStatus.OK)
        .json(Map.of("username", ctx.pathParam("username"), "is_superuser", superuser));
  }

  private void delete(Context ctx) {
    users.delete(Authenticator.user(ctx), ctx.pathParam("username"));
    ctx.status(HttpStatus.NO_CONTENT);
  }

  private UserView view(User user) {
    return new UserView(
        user.username(),
        user.email(),
        user.superuser(),
        user.active(),
        user.createdAt().atZone(zone));
  }
}

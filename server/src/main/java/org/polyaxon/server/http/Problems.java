package org.polyaxon.server.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.polyaxon.core.error.ConflictException;
import org.polyaxon.core.error.ForbiddenException;
import org.polyaxon.core.error.InvalidInputException;
import org.polyaxon.core.error.NotAuthenticatedException;
import org.polyaxon.core.error.NotFoundException;
import org.polyaxon.core.error.PayloadTooLargeException;
import org.polyaxon.core.error.PolyaxonException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP error boundary: every failure leaves as problem JSON ({@code type}, {@code title},
 * {@code status}, {@code detail}). Bad input is a 4xx; only our own bugs are a 500.
 */
final class Problems {
  private static final Logger LOG = LoggerFactory.getLogger(Problems.class);
  private static final String TYPE_BASE = "https://polyaxon.org/problems/";

  private Problems() {}

  static void register(JavalinConfig config) {
    config.routes.exception(
        PolyaxonException.class,
        (e, ctx) -> {
          Map<String, Object> body = problem(status(e), e.title(), e.getMessage());
          if (e instanceof InvalidInputException invalid && !invalid.errors().isEmpty()) {
            body.put("errors", invalid.errors());
          }
          send(ctx, status(e), body);
        });
    config.routes.exception(
        HttpResponseException.class,
        (e, ctx) -> respond(ctx, e.getStatus(), titleFor(e.getStatus()), e.getMessage()));
    config.routes.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.error("Unhandled error on {} {}", ctx.method(), ctx.path(), e);
          respond(ctx, 500, "Internal error", "The server failed; the error was logged.");
        });
    config.routes.error(
        404,
        ctx -> {
          if (ctx.result() == null || ctx.result().isEmpty()) {
            respond(
                ctx,
                404,
                "Not found",
                "Endpoint " + ctx.method() + " " + ctx.path() + " not found");
          }
        });
    config.routes.error(
        405,
        ctx ->
            respond(
                ctx, 405, "Method not allowed", ctx.method() + " is not allowed on " + ctx.path()));
  }

  static void respond(Context ctx, int status, String title, String detail) {
    send(ctx, status, problem(status, title, detail));
  }

  private static void send(Context ctx, int status, Map<String, Object> body) {
    // json() sets application/json, so the problem type goes on afterwards.
    ctx.status(status).json(body).contentType("application/problem+json");
    if (status == 401) {
      ctx.header("WWW-Authenticate", "Token");
    }
  }

  private static Map<String, Object> problem(int status, String title, String detail) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", TYPE_BASE + title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
    body.put("title", title);
    body.put("status", status);
    body.put("detail", detail);
    return body;
  }

  static int status(PolyaxonException e) {
    if (e instanceof NotFoundException) {
      return 404;
    }
    if (e instanceof NotAuthenticatedException) {
      return 401;
    }
    if (e instanceof ForbiddenException) {
      return 403;
    }
    if (e instanceof PayloadTooLargeException) {
      return 413;
    }
    if (e instanceof ConflictException) {
      return 409;
    }
    if (e instanceof InvalidInputException) {
      return 400;
    }
    return 400;
  }

  private static String titleFor(int status) {
    return switch (status) {
      case 400 -> "Invalid input";
      case 401 -> "Not authenticated";
      case 403 -> "Forbidden";
      case 404 -> "Not found";
      case 413 -> "Payload too large";
      default -> "Error";
    };
  }
}

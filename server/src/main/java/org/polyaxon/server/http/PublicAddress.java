package org.polyaxon.server.http;

import io.javalin.http.Context;
import java.util.Locale;

/**
 * The scheme and host the API's absolute links start with ({@code next}/{@code previous} of pages,
 * and any URL a response carries). With {@code hostName} set, links use it whatever Host header a
 * request came with: behind an ingress or a proxy the request's own address is not the one users
 * reach. {@code hostName} is a host ({@code polyaxon.example.com}, with an optional port) or a
 * whole origin ({@code https://polyaxon.example.com}); a bare host takes the request's scheme.
 *
 * <p>Without {@code hostName}, links use the request's Host header, already checked against {@code
 * allowedHosts}. {@code X-Forwarded-Host} is not trusted: any client can send it, and an unchecked
 * host in links is an open door for phishing; set {@code hostName} instead. {@code
 * X-Forwarded-Proto} is honoured for the scheme alone ({@code http} or {@code https}), since a
 * TLS-terminating proxy is the usual way to serve HTTPS and a wrong scheme can only break a link.
 */
final class PublicAddress {
  private static final String ATTRIBUTE = PublicAddress.class.getName();

  private final String scheme;
  private final String host;

  /**
   * @param hostName the {@code hostName} option, or null/blank to use each request's address
   */
  PublicAddress(String hostName) {
    String value = hostName == null ? "" : hostName.trim();
    while (value.endsWith("/")) {
      value = value.substring(0, value.length() - 1);
    }
    int separator = value.indexOf("://");
    if (separator >= 0) {
      this.scheme = value.substring(0, separator).toLowerCase(Locale.ROOT);
      this.host = value.substring(separator + 3);
    } else {
      this.scheme = null;
      this.host = value.isEmpty() ? null : value;
    }
  }

  /** Before every request: what its links will start with. */
  void remember(Context ctx) {
    ctx.attribute(ATTRIBUTE, origin(ctx));
  }

  /** {@code scheme://host[:port]} of the request's links. */
  String origin(Context ctx) {
    String linkScheme = scheme != null ? scheme : requestScheme(ctx);
    String linkHost = host != null ? host : ctx.host();
    if (linkHost == null || linkHost.isBlank()) {
      // An HTTP/1.0 request may come without a Host header: the address it reached stands in.
      linkHost = ctx.req().getServerName() + ":" + ctx.req().getServerPort();
    }
    return linkScheme + "://" + linkHost;
  }

  /** The absolute URL of the request's path, without its query. */
  static String url(Context ctx) {
    String origin = ctx.attribute(ATTRIBUTE);
    if (origin == null) {
      origin = new PublicAddress(null).origin(ctx);
    }
    return origin + ctx.path();
  }

  private static String requestScheme(Context ctx) {
    String forwarded = ctx.header("X-Forwarded-Proto");
    if (forwarded != null) {
      // A chain of proxies lists one scheme each; the first is the client's.
      String first = forwarded.split(",", 2)[0].trim().toLowerCase(Locale.ROOT);
      if (first.equals("http") || first.equals("https")) {
        return first;
      }
    }
    return ctx.scheme();
  }
}

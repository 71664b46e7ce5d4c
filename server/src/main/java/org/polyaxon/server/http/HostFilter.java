package org.polyaxon.server.http;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import org.polyaxon.core.error.InvalidInputException;

/**
 * Answers only requests whose Host header is allowed ({@code allowedHosts}): an exact name, a
 * leading dot for a domain and its sub-domains, or {@code *} (an empty list, the chart's default,
 * allows any host as Polyaxon 0.4 did). {@code /_health} is exempt so that probes, which address
 * the pod by IP, keep working.
 */
final class HostFilter {
  private final List<String> allowed;

  HostFilter(List<String> allowedHosts) {
    this.allowed = allowedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
  }

  void check(Context ctx) {
    if (ctx.path().equals("/_health") || allowed.isEmpty() || allowed.contains("*")) {
      return;
    }
    String host = hostWithoutPort(ctx.header("Host"));
    if (host == null || !isAllowed(host)) {
      throw new InvalidInputException(
          "Invalid Host header '" + ctx.header("Host") + "'; add it to allowedHosts.");
    }
  }

  boolean isAllowed(String host) {
    String name = host.toLowerCase(Locale.ROOT);
    for (String pattern : allowed) {
      if (pattern.startsWith(".")) {
        if (name.equals(pattern.substring(1)) || name.endsWith(pattern)) {
          return true;
        }
      } else if (name.equals(pattern)) {
        return true;
      }
    }
    return false;
  }

  static String hostWithoutPort(String header) {
    if (header == null || header.isBlank()) {
      return null;
    }
    String host = header.trim();
    if (host.startsWith("[")) {
      int end = host.indexOf(']');
      return end > 0 ? host.substring(0, end + 1) : host;
    }
    int colon = host.lastIndexOf(':');
    return colon >= 0 ? host.substring(0, colon) : host;
  }
}

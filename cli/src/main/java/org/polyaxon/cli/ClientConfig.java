package org.polyaxon.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where the platform is: {@code ~/.polyaxon/.polyaxonconfig} (0.4.4's keys), overridden by the
 * 0.4.4 environment variables. The defaults point at a local {@code polyaxon server}.
 *
 * @param host a host name, or a URL with scheme (and port)
 * @param httpPort the API port; null for the default (8000, or 443 with https)
 * @param wsPort the port live logs are streamed from; null for the API port
 * @param useHttps https instead of http
 * @param verifySsl verify the server's certificate and name (false: accept any, for self-signed)
 */
public record ClientConfig(
    String host, Integer httpPort, Integer wsPort, boolean useHttps, boolean verifySsl) {
  static final String FILE = ".polyaxonconfig";
  static final String DEFAULT_HOST = "127.0.0.1";
  static final int DEFAULT_PORT = 8000;
  static final List<String> KEYS =
      List.of("host", "http_port", "ws_port", "use_https", "verify_ssl");

  static ClientConfig defaults() {
    return new ClientConfig(DEFAULT_HOST, null, null, false, true);
  }

  /** The file's values, without environment overrides. */
  static ClientConfig stored(Path home) {
    ClientConfig config = defaults();
    JsonNode file = StateFiles.read(home.resolve(FILE)).orElse(null);
    if (file == null) {
      return config;
    }
    for (String key : KEYS) {
      JsonNode value = file.get(key);
      if (value != null && !value.isNull()) {
        config = config.with(key, value.asText(), home.resolve(FILE).toString());
      }
    }
    return config;
  }

  /** What commands use: the file, then the environment. */
  static ClientConfig effective(Path home, CliEnvironment env) {
    ClientConfig config = stored(home);
    Map<String, String> overrides =
        Map.of(
            "POLYAXON_API_HOST", "host",
            "POLYAXON_HTTP_PORT", "http_port",
            "POLYAXON_WS_PORT", "ws_port",
            "POLYAXON_USE_HTTPS", "use_https",
            "POLYAXON_VERIFY_SSL", "verify_ssl");
    for (Map.Entry<String, String> override : overrides.entrySet()) {
      String value = env.nonBlank(override.getKey());
      if (value != null) {
        config = config.with(override.getValue(), value, override.getKey());
      }
    }
    return config;
  }

  /** A copy with one key set from text; {@code source} names where the text came from. */
  ClientConfig with(String key, String value, String source) {
    return switch (key) {
      case "host" -> new ClientConfig(value, httpPort, wsPort, useHttps, verifySsl);
      case "http_port" -> new ClientConfig(host, port(value, source), wsPort, useHttps, verifySsl);
      case "ws_port" -> new ClientConfig(host, httpPort, port(value, source), useHttps, verifySsl);
      case "use_https" -> new ClientConfig(host, httpPort, wsPort, bool(value, source), verifySsl);
      case "verify_ssl" -> new ClientConfig(host, httpPort, wsPort, useHttps, bool(value, source));
      default ->
          throw CliException.user(
              "Unknown configuration key '" + key + "'; the keys are " + String.join(", ", KEYS));
    };
  }

  void save(Path home) {
    ObjectNode node = StateFiles.JSON.createObjectNode();
    values().forEach((key, value) -> node.putPOJO(key, value));
    StateFiles.write(home.resolve(FILE), node, false);
  }

  /** Every key with its value, in file order. */
  Map<String, Object> values() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("host", host);
    values.put("http_port", httpPort);
    values.put("ws_port", wsPort);
    values.put("use_https", useHttps);
    values.put("verify_ssl", verifySsl);
    return values;
  }

  /** The URL the API and the dashboard are under, without a trailing slash. */
  public String baseUrl() {
    if (host.contains("://")) {
      String url = host.replaceAll("/+$", "");
      return httpPort == null || url.matches(".*://[^/]*:\\d+.*") ? url : url + ":" + httpPort;
    }
    int port = httpPort != null ? httpPort : useHttps ? 443 : DEFAULT_PORT;
    return (useHttps ? "https://" : "http://") + host + ":" + port;
  }

  /**
   * The URL live logs are streamed from: the API's with {@code ws_port} when that is set (0.4
   * served its streams on a port of their own, which a proxy in front of this server may keep),
   * else the API's URL itself.
   */
  public String streamsUrl() {
    String api = baseUrl();
    if (wsPort == null) {
      return api;
    }
    try {
      URI uri = URI.create(api);
      return new URI(
              uri.getScheme(), uri.getUserInfo(), uri.getHost(), wsPort, uri.getPath(), null, null)
          .toString();
    } catch (IllegalArgumentException | URISyntaxException e) {
      throw CliException.user(
          "The server address '" + api + "' is not a valid URL; check `polyaxon config list`");
    }
  }

  private static int port(String value, String source) {
    try {
      int port = Integer.parseInt(value.trim());
      if (port >= 1 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw CliException.user(
        source + ": expected a port number from 1 to 65535, got '" + value + "'");
  }

  private static boolean bool(String value, String source) {
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes", "on" -> true;
      case "false", "0", "no", "off" -> false;
      default -> throw CliException.user(source + ": expected true or false, got '" + value + "'");
    };
  }
}

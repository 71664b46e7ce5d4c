package org.polyaxon.chart;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The few Kubernetes API paths Helm's {@code lookup} reads: discovery of the core group and GET of
 * one Secret. helm-java's template runs {@code lookup} against the cluster of {@code $KUBECONFIG}
 * (the Helm CLI's {@code helm template} does not), so every render in these tests talks to this
 * server; a test stores a Secret here to play the part of the release's existing Secret.
 */
final class FakeKubeApi {

  private static final String CORE_V1 =
      """
      {"kind":"APIResourceList","apiVersion":"v1","groupVersion":"v1","resources":[
        {"name":"secrets","singularName":"secret","namespaced":true,"kind":"Secret",
         "verbs":["get","list"]},
        {"name":"configmaps","singularName":"configmap","namespaced":true,"kind":"ConfigMap",
         "verbs":["get","list"]}]}
      """;

  private static FakeKubeApi instance;

  private final Map<String, String> secrets = new ConcurrentHashMap<>();

  private FakeKubeApi(Path kubeconfig) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
    String url = "http://127.0.0.1:" + server.getAddress().getPort();
    Files.createDirectories(kubeconfig.toAbsolutePath().getParent());
    Files.writeString(
        kubeconfig,
        """
        apiVersion: v1
        kind: Config
        clusters:
          - name: fake
            cluster:
              server: %s
        users:
          - name: fake
            user:
              token: fake
        contexts:
          - name: fake
            context:
              cluster: fake
              user: fake
        current-context: fake
        """
            .formatted(url));
  }

  /** Starts the server once per JVM and writes its kubeconfig to {@code $KUBECONFIG}. */
  static synchronized FakeKubeApi get() {
    if (instance == null) {
      String kubeconfig = System.getenv("KUBECONFIG");
      if (kubeconfig == null || kubeconfig.isBlank()) {
        throw new IllegalStateException(
            "KUBECONFIG must name a writable file (the failsafe configuration sets it)");
      }
      try {
        instance = new FakeKubeApi(Path.of(kubeconfig));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return instance;
  }

  void putSecret(String namespace, String name, String json) {
    secrets.put(namespace + "/" + name, json);
  }

  void removeSecret(String namespace, String name) {
    secrets.remove(namespace + "/" + name);
  }

  private void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    String[] parts = path.split("/");
    if (path.equals("/api")) {
      reply(ex, 200, "{\"kind\":\"APIVersions\",\"versions\":[\"v1\"]}");
    } else if (path.equals("/apis")) {
      reply(ex, 200, "{\"kind\":\"APIGroupList\",\"apiVersion\":\"v1\",\"groups\":[]}");
    } else if (path.equals("/api/v1")) {
      reply(ex, 200, CORE_V1);
    } else if (parts.length == 7 && parts[3].equals("namespaces") && parts[5].equals("secrets")) {
      String json = secrets.get(parts[4] + "/" + parts[6]);
      if (json != null) {
        reply(ex, 200, json);
      } else {
        notFound(ex);
      }
    } else {
      notFound(ex);
    }
  }

  private static void notFound(HttpExchange ex) throws IOException {
    reply(
        ex,
        404,
        "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\","
            + "\"reason\":\"NotFound\",\"code\":404,\"message\":\"not found\"}");
  }

  private static void reply(HttpExchange ex, int code, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", "application/json");
    ex.sendResponseHeaders(code, bytes.length);
    ex.getResponseBody().write(bytes);
    ex.close();
  }
}

package org.polyaxon.chart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.JsonParser;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates rendered objects against the Kubernetes OpenAPI models of the official Java client
 * ({@code validateJsonElement}: unknown fields, missing required fields, wrong shapes).
 */
final class OpenApi {

  private static final ObjectMapper JSON = new ObjectMapper();

  private OpenApi() {}

  /** The problems of every object, each prefixed with its kind and name; empty when all valid. */
  static List<String> problems(List<JsonNode> objects) {
    List<String> out = new ArrayList<>();
    for (JsonNode o : objects) {
      String id = o.path("kind").asText() + " " + o.path("metadata").path("name").asText();
      try {
        validate(o);
      } catch (IllegalArgumentException e) {
        out.add(id + ": " + e.getMessage());
      }
    }
    return out;
  }

  static void validate(JsonNode o) {
    String apiVersion = o.path("apiVersion").asText();
    String kind = o.path("kind").asText();
    String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
    if (!version.equals("v1")) {
      throw new IllegalArgumentException("not a stable v1 API: " + apiVersion);
    }
    Class<?> model;
    try {
      model = Class.forName("io.kubernetes.client.openapi.models.V1" + kind);
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException("no OpenAPI model for " + apiVersion + " " + kind);
    }
    try {
      String json = JSON.writeValueAsString(o);
      model
          .getMethod("validateJsonElement", com.google.gson.JsonElement.class)
          .invoke(null, JsonParser.parseString(json));
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      throw new IllegalArgumentException(String.valueOf(cause.getMessage()), cause);
    } catch (ReflectiveOperationException | java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}

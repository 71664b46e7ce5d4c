package org.polyaxon.store.postgres;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.polyaxon.core.run.ReportedCode;
import org.polyaxon.core.run.RunAttributes;

/**
 * The JSON columns of {@code runs} and {@code run_statuses} and their Java values. The keys are
 * written out here, not derived from record components, so renaming a component never changes what
 * is stored.
 */
final class RunJsonColumns {
  private static final ObjectMapper JSON = new ObjectMapper();

  private RunJsonColumns() {}

  static String toJson(Map<String, Object> value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("A value is not serialisable as JSON", e);
    }
  }

  static Map<String, Object> fromJson(String text) {
    try {
      return JSON.readValue(text, new TypeReference<Map<String, Object>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A stored value is not a JSON object: " + text, e);
    }
  }

  static String attributes(RunAttributes attributes) {
    Map<String, Object> json = new LinkedHashMap<>();
    putIfPresent(json, "readme", attributes.readme());
    putIfPresent(json, "backend", attributes.backend());
    putIfPresent(json, "framework", attributes.framework());
    putIfPresent(json, "run_env", attributes.runEnv());
    putIfPresent(json, "data_refs", attributes.dataRefs());
    return toJson(json);
  }

  @SuppressWarnings("unchecked")
  static RunAttributes attributes(String text) {
    Map<String, Object> json = fromJson(text);
    return new RunAttributes(
        (String) json.get("readme"),
        (String) json.get("backend"),
        (String) json.get("framework"),
        (Map<String, Object>) json.get("run_env"),
        (Map<String, Object>) json.get("data_refs"));
  }

  static String reportedCode(ReportedCode code) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("commit", code.commit());
    json.put("head", code.head());
    json.put("branch", code.branch());
    json.put("git_url", code.gitUrl());
    json.put("is_dirty", code.isDirty());
    json.put("created_at", code.createdAt().toString());
    return toJson(json);
  }

  static ReportedCode reportedCode(String text) {
    if (text == null) {
      return null;
    }
    Map<String, Object> json = fromJson(text);
    return new ReportedCode(
        (String) json.get("commit"),
        (String) json.get("head"),
        (String) json.get("branch"),
        (String) json.get("git_url"),
        (Boolean) json.get("is_dirty"),
        Instant.parse((String) json.get("created_at")));
  }

  private static void putIfPresent(Map<String, Object> json, String key, Object value) {
    if (value != null) {
      json.put(key, value);
    }
  }
}

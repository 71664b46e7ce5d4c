package org.polyaxon.executor.local;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.polyaxon.core.executor.Launch;

/**
 * What the executor records of a launch in {@code launch.properties}: enough to report the
 * execution after a restart. The environment is left out on purpose: it may hold the run's token
 * and other secrets, and only the process needs it.
 *
 * @param runUuid the run
 * @param image the launch's image, recorded unused; empty when none
 * @param workingDirectory where the command runs
 * @param logFile where its output goes
 * @param startedAt when start() was called, by the executor's clock
 * @param resources requested resources, as written in the Polyaxonfile
 * @param labels the launch's labels
 */
record LaunchRecord(
    String runUuid,
    String image,
    String workingDirectory,
    String logFile,
    Instant startedAt,
    Map<String, String> resources,
    Map<String, String> labels) {

  private static final String RESOURCE = "resource.";
  private static final String LABEL = "label.";

  static LaunchRecord of(Launch launch, Instant startedAt) {
    return new LaunchRecord(
        launch.runUuid(),
        launch.image() == null ? "" : launch.image(),
        String.valueOf(launch.workingDirectory()),
        String.valueOf(launch.logFile()),
        startedAt,
        new TreeMap<>(launch.resources()),
        new TreeMap<>(launch.labels()));
  }

  /** The note the execution carries when the launch named an image this executor cannot use. */
  Optional<String> imageNote() {
    if (image.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(
        "image " + image + " recorded; the local executor runs the command on this machine");
  }

  String format() {
    Properties properties = new Properties();
    properties.setProperty("run_uuid", runUuid);
    properties.setProperty("image", image);
    properties.setProperty("working_directory", workingDirectory);
    properties.setProperty("log_file", logFile);
    properties.setProperty("started_at", startedAt.toString());
    resources.forEach((key, value) -> properties.setProperty(RESOURCE + key, value));
    labels.forEach((key, value) -> properties.setProperty(LABEL + key, value));
    StringWriter out = new StringWriter();
    try {
      properties.store(out, "Launch recorded by the Polyaxon local executor");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The record, or empty when the text is not one (a start interrupted while writing it). */
  static Optional<LaunchRecord> parse(String text) {
    Properties properties = new Properties();
    try {
      properties.load(new StringReader(text));
      Map<String, String> resources = new TreeMap<>();
      Map<String, String> labels = new TreeMap<>();
      for (String key : properties.stringPropertyNames()) {
        if (key.startsWith(RESOURCE)) {
          resources.put(key.substring(RESOURCE.length()), properties.getProperty(key));
        } else if (key.startsWith(LABEL)) {
          labels.put(key.substring(LABEL.length()), properties.getProperty(key));
        }
      }
      String startedAt = properties.getProperty("started_at");
      String runUuid = properties.getProperty("run_uuid");
      if (startedAt == null || runUuid == null) {
        return Optional.empty();
      }
      return Optional.of(
          new LaunchRecord(
              runUuid,
              properties.getProperty("image", ""),
              properties.getProperty("working_directory", ""),
              properties.getProperty("log_file", ""),
              Instant.parse(startedAt),
              resources,
              labels));
    } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
      return Optional.empty();
    }
  }
}

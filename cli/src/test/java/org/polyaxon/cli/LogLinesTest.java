package org.polyaxon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class LogLinesTest {
  private static ObjectNode createdAt(String time) {
    return JsonNodeFactory.instance.objectNode().put("created_at", time);
  }

  @Test
  void utcStampsMoveToTheOffsetOfTheRunsTimes() {
    LogLines paris = LogLines.inTimeOf(createdAt("2024-07-01T14:00:00+02:00"));
    assertThat(paris.render("2024-07-01T12:00:01.042Z step 1"))
        .isEqualTo("2024-07-01T14:00:01.042+02:00 step 1");
    // Across midnight, and a stamp without a fraction.
    assertThat(paris.render("2024-07-01T23:30:00Z late"))
        .isEqualTo("2024-07-02T01:30:00+02:00 late");
  }

  @Test
  void aUtcServerKeepsTheLinesAsWritten() {
    LogLines utc = LogLines.inTimeOf(createdAt("2024-03-01T12:00:00Z"));
    assertThat(utc.render("2024-03-01T12:00:01.042Z step 1"))
        .isEqualTo("2024-03-01T12:00:01.042Z step 1");
  }

  @Test
  void hidingTheTimeStripsEitherForm() {
    LogLines hidden = LogLines.withoutTime();
    assertThat(hidden.render("2024-03-01T12:00:01.042Z step 1")).isEqualTo("step 1");
    assertThat(hidden.render("2024-03-01T13:00:01.042+01:00 step 1")).isEqualTo("step 1");
    assertThat(hidden.render("2024-03-01T13:00:01-05:00 step 1")).isEqualTo("step 1");
  }

  @Test
  void linesWithoutAStampAndRunsWithoutATimeAreLeftAlone() {
    LogLines paris = LogLines.inTimeOf(createdAt("2024-07-01T14:00:00+02:00"));
    assertThat(paris.render("no stamp here")).isEqualTo("no stamp here");
    assertThat(paris.render("")).isEqualTo("");
    LogLines unknown = LogLines.inTimeOf(JsonNodeFactory.instance.objectNode());
    assertThat(unknown.render("2024-03-01T12:00:01.042Z step 1"))
        .isEqualTo("2024-03-01T12:00:01.042Z step 1");
  }
}

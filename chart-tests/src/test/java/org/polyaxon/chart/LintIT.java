package org.polyaxon.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LintIT {

  private static void assertLintsClean(Path chart) {
    LintResult lint = new Helm(chart).lint().strict().call();

    assertThat(lint.isFailed()).as("lint messages: %s", lint.getMessages()).isFalse();
    assertThat(lint.getMessages()).noneMatch(m -> m.contains("[ERROR]") || m.contains("[WARNING]"));
  }

  @Test
  void chartPassesStrictLint() {
    assertLintsClean(ChartUnderTest.DIR);
  }

  @ParameterizedTest
  @ValueSource(strings = {"postgresql", "redis", "docker-registry"})
  void subChartsPassStrictLint(String name) {
    assertLintsClean(ChartUnderTest.DIR.resolve("charts").resolve(name));
  }
}

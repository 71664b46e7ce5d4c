package org.polyaxon.server.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.polyaxon.spec.ParseResult;
import org.polyaxon.spec.PolyaxonfileParser;
import org.polyaxon.spec.SpecSource;
import org.polyaxon.spec.model.Polyaxonfile;

class RequestedResourcesTest {

  private static Polyaxonfile parse(String yaml) {
    ParseResult result = PolyaxonfileParser.parse(new SpecSource("test.yml", yaml));
    assertThat(result).isInstanceOf(ParseResult.Valid.class);
    return ((ParseResult.Valid) result).spec();
  }

  @Test
  void everyRequestAndLimitIsKeptAsWritten() {
    Polyaxonfile spec =
        parse(
            """
            version: 1
            kind: experiment
            environment:
              resources:
                cpu: {requests: 0.5, limits: 2}
                memory: {requests: 256}
                gpu: {limits: 1}
            build: {image: python:3.11}
            run: {cmd: python train.py}
            """);

    assertThat(RequestedResources.of(spec))
        .containsExactly(
            Map.entry("cpu.requests", "0.5"),
            Map.entry("cpu.limits", "2"),
            Map.entry("memory.requests", "256"),
            Map.entry("gpu.limits", "1"));
  }

  @Test
  void aRunWithoutResourcesAsksForNothing() {
    Polyaxonfile spec =
        parse(
            """
            version: 1
            kind: job
            build: {image: bash}
            run: {cmd: 'true'}
            """);

    assertThat(RequestedResources.of(spec)).isEmpty();
  }
}

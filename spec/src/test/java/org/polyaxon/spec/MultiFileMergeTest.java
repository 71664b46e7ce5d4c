package org.polyaxon.spec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.polyaxon.spec.model.ExperimentSpec;
import org.polyaxon.spec.model.GroupSpec;

/** {@code -f a.yml -f b.yml}: files deep-merge in order, later values winning. */
class MultiFileMergeTest {

  private static final SpecSource BASE =
      new SpecSource(
          "base.yml",
          """
          version: 1
          kind: experiment
          declarations:
            lr: 0.1
            batch_size: 32
          environment:
            resources:
              cpu: {requests: 1, limits: 2}
          build:
            image: python:3
            build_steps: [pip install a, pip install b]
          run:
            cmd: python train.py --lr={{ lr }} --batch={{ batch_size }}
          """);

  @Test
  void laterFilesOverrideKeysAndMergeMappings() {
    SpecSource override =
        new SpecSource(
            "gpu.yml",
            """
            declarations:
              lr: 0.01
            environment:
              resources:
                gpu: {requests: 1, limits: 1}
            build:
              build_steps: [pip install c]
            """);

    ParseResult result = PolyaxonfileParser.parse(BASE, override);

    ExperimentSpec spec = (ExperimentSpec) ((ParseResult.Valid) result).spec();
    assertThat(spec.declarations()).containsEntry("lr", 0.01).containsEntry("batch_size", 32L);
    assertThat(spec.environment().resources().cpu().limits()).isEqualTo(2L);
    assertThat(spec.environment().resources().gpu().requests()).isEqualTo(1L);
    assertThat(spec.build().image()).isEqualTo("python:3");
    assertThat(spec.build().buildSteps()).containsExactly("pip install c"); // lists replace
  }

  @Test
  void aLaterFileCanChangeTheKind() {
    SpecSource toGroup =
        new SpecSource(
            "search.yml",
            """
            kind: group
            hptuning:
              matrix:
                lr: {values: [0.1, 0.01]}
                batch_size: {range: "16:64:16"}
            """);

    GroupSpec spec =
        (GroupSpec) ((ParseResult.Valid) PolyaxonfileParser.parse(BASE, toGroup)).spec();

    assertThat(spec.hptuning().matrix()).containsOnlyKeys("lr", "batch_size");
  }

  @Test
  void problemsPointAtTheFileThatWroteTheValue() {
    SpecSource broken =
        new SpecSource(
            "broken.yml",
            """
            environment:
              resources:
                cpu: {requests: many}
            """);

    ParseResult result = PolyaxonfileParser.parse(BASE, broken);

    assertThat(result.problems())
        .containsExactly(
            new Problem(
                "broken.yml",
                3,
                21,
                "environment.resources.cpu.requests",
                "expected a number of at least 0, got the string `many`"));
  }

  @Test
  void problemsOfSeveralFilesAreReportedTogether() {
    SpecSource first = new SpecSource("a.yml", "version: 1\nkind: [experiment\n");
    SpecSource second = new SpecSource("b.yml", "build: {image: x\n");

    ParseResult result = PolyaxonfileParser.parse(first, second);

    assertThat(result.problems()).extracting(Problem::file).containsExactly("a.yml", "b.yml");
  }

  @Test
  void documentsOfOneFileMergeInOrder() {
    ParseResult result =
        Fixtures.parseText(
            "two-docs.yml",
            """
            version: 1
            kind: job
            build: {image: python:3}
            run: {cmd: first}
            ---
            run: {cmd: second}
            """);

    assertThat(((ParseResult.Valid) result).spec().kind()).isEqualTo("job");
    assertThat(((ParseResult.Valid) result).compiled())
        .contains("\"second\"")
        .doesNotContain("first");
  }

  @Test
  void jsonAndYamlMerge() {
    SpecSource json =
        new SpecSource("override.json", "{\"declarations\": {\"lr\": 0.5}, \"tags\": [\"json\"]}");

    ExperimentSpec spec =
        (ExperimentSpec) ((ParseResult.Valid) PolyaxonfileParser.parse(BASE, json)).spec();

    assertThat(spec.declarations()).containsEntry("lr", 0.5);
    assertThat(spec.tags()).containsExactly("json");
  }
}

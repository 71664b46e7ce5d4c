package org.polyaxon.spec.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.polyaxon.spec.ParseResult;
import org.polyaxon.spec.PolyaxonfileParser;
import org.polyaxon.spec.SpecSource;

class BuildImageRuleTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "python",
        "python:3",
        "tensorflow/tensorflow:1.4.1-py3",
        "registry.local:5000/team/image",
        "registry.local:5000/team/image:v1",
        "mpioperator/tensorflow-benchmarks:latest",
      })
  void acceptsImageNames(String image) {
    assertThat(BuildImageRule.isValidImage(image)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "my image",
        "python:",
        ":3",
        "a:b:c",
        "host:port/name:tag",
        "registry:5000:tensorflow:1.6",
        "name:tag/with/slash",
        "a:1/b:c:d",
      })
  void rejectsMalformedImageNames(String image) {
    assertThat(BuildImageRule.isValidImage(image)).isFalse();
  }

  @Test
  void aTemplatedImageIsNotCheckedUntilRendered() {
    ParseResult result =
        PolyaxonfileParser.parse(
            new SpecSource(
                "f.yml",
                "version: 1\nkind: job\ndeclarations: {tag: 1.4.1}\n"
                    + "build: {image: 'tensorflow/tensorflow:{{ tag }}'}\nrun: {cmd: train}\n"));

    assertThat(result.problems()).isEmpty();
  }
}

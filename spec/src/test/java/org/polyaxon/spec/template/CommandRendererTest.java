package org.polyaxon.spec.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.polyaxon.spec.ParseResult;
import org.polyaxon.spec.PolyaxonfileParser;
import org.polyaxon.spec.SpecSource;
import org.polyaxon.spec.model.ConditionalCommand;
import org.polyaxon.spec.model.GroupSpec;
import org.polyaxon.spec.model.Run;

class CommandRendererTest {

  @Test
  void rendersDeclarationsAndMatrixValues() {
    Map<String, Object> parameters = Map.of("batch_size", 128L, "lr", 0.01, "activation", "relu");

    String out =
        CommandRenderer.render(
            "python train.py --batch={{ batch_size }} --lr={{ lr }} --act={{ activation }}",
            parameters);

    assertThat(out).isEqualTo("python train.py --batch=128 --lr=0.01 --act=relu");
  }

  @Test
  void supportsJinjaIfBlocks() {
    String template = "train.py{% if dropout > 0.2 %} --dropout={{ dropout }}{% endif %}";

    assertThat(CommandRenderer.render(template, Map.of("dropout", 0.3)))
        .isEqualTo("train.py --dropout=0.3");
    assertThat(CommandRenderer.render(template, Map.of("dropout", 0.1))).isEqualTo("train.py");
  }

  @Test
  void anUndefinedVariableIsAnError() {
    assertThatThrownBy(() -> CommandRenderer.render("train.py --lr={{ lr }}", Map.of()))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("lr");
  }

  @Test
  void aSyntaxErrorIsAnError() {
    assertThatThrownBy(() -> CommandRenderer.render("train.py {% if %}", Map.of("a", 1)))
        .isInstanceOf(TemplateException.class);
  }

  @Test
  void theIfOperatorRunsDoWhenTheConditionHolds() {
    Run run =
        new Run(
            null,
            new ConditionalCommand(
                "'DNA' == '{{ model }}'",
                List.of("train --model={{ model }} --num_masks=1"),
                List.of("train --model={{ model }} --num_masks=10")));

    assertThat(CommandRenderer.commandLine(run, Map.of("model", "DNA")))
        .isEqualTo("train --model=DNA --num_masks=1");
    assertThat(CommandRenderer.commandLine(run, Map.of("model", "CDNA")))
        .isEqualTo("train --model=CDNA --num_masks=10");
  }

  @Test
  void theIfOperatorWithoutElseRunsNothingWhenFalse() {
    Run run = new Run(null, new ConditionalCommand("{{ n }} > 2", List.of("big"), null));

    assertThat(CommandRenderer.commands(run, Map.of("n", 3L))).containsExactly("big");
    assertThat(CommandRenderer.commands(run, Map.of("n", 1L))).isEmpty();
  }

  @Test
  void severalCommandsAreJoinedWithAnd() {
    Run run = new Run(List.of("prepare --n={{ n }}", "train"), null);

    assertThat(CommandRenderer.commandLine(run, Map.of("n", 5L)))
        .isEqualTo("prepare --n=5 && train");
  }

  @Test
  void theUpstreamSamplingFixtureRendersPerExperiment() {
    ParseResult result =
        PolyaxonfileParser.parse(
            new SpecSource(
                "f.yml",
                """
                version: 1
                kind: group
                hptuning:
                  random_search: {n_experiments: 2}
                  matrix:
                    model: {values: [CDNA, DNA]}
                declarations: {masks: 10}
                build: {image: my_image}
                run:
                  cmd:
                    if:
                      cond: "'DNA' == '{{ model }}'"
                      do: train --model="{{ model }}" --num_masks=1
                      else_do: train --model="{{ model }}" --num_masks={{ masks }}
                """));
    Run run = ((GroupSpec) ((ParseResult.Valid) result).spec()).run();

    assertThat(CommandRenderer.commandLine(run, Map.of("model", "DNA", "masks", 10L)))
        .isEqualTo("train --model=\"DNA\" --num_masks=1");
    assertThat(CommandRenderer.commandLine(run, Map.of("model", "STP", "masks", 10L)))
        .isEqualTo("train --model=\"STP\" --num_masks=10");
  }

  @Test
  void anUndefinedVariableInAFileIsAProblemAtTheCommand() {
    ParseResult result =
        PolyaxonfileParser.parse(
            new SpecSource(
                "f.yml",
                """
                version: 1
                kind: group
                hptuning:
                  matrix:
                    lr: {values: [0.1]}
                build: {image: my_image}
                run:
                  cmd:
                    if:
                      cond: "{{ lr }} > 0.05"
                      do: train --lr={{ lr }}
                      else_do: train --lr={{ learning_rate }}
                """));

    assertThat(result.problems())
        .extracting(p -> p.line() + ":" + p.column() + " " + p.path() + " " + p.message())
        .containsExactly(
            "12:16 run.cmd.if.else_do `learning_rate` is not defined; the declarations and matrix"
                + " define: lr");
  }
}

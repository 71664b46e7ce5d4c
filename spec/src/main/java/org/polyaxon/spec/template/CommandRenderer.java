package org.polyaxon.spec.template;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.interpret.RenderResult;
import com.hubspot.jinjava.interpret.TemplateError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.polyaxon.spec.model.ConditionalCommand;
import org.polyaxon.spec.model.Run;

/**
 * Renders {@code run.cmd} with Jinja semantics (Jinjava): the run's parameters are the declarations
 * merged with the matrix values of the experiment. An undefined variable is an error, not an empty
 * string, so that a typo in a command fails at check time.
 */
public final class CommandRenderer {

  /** Keeps a runaway template (a loop over a huge range) from eating the machine. */
  private static final long MAX_OUTPUT = 1 << 20;

  private static final Jinjava JINJAVA =
      new Jinjava(
          JinjavaConfig.newBuilder()
              .withFailOnUnknownTokens(true)
              .withMaxOutputSize(MAX_OUTPUT)
              .withMaxRenderDepth(10)
              .build());

  private CommandRenderer() {}

  /** One template rendered with the parameters. */
  public static String render(String template, Map<String, Object> parameters) {
    RenderResult result;
    try {
      result = JINJAVA.renderForResult(template, parameters);
    } catch (RuntimeException e) {
      // Jinjava throws for some errors instead of reporting them; both mean the same to the user.
      throw new TemplateException(clean(e.getMessage()));
    }
    List<TemplateError> errors =
        result.getErrors().stream()
            .filter(error -> error.getSeverity() == TemplateError.ErrorType.FATAL)
            .toList();
    if (!errors.isEmpty()) {
      throw new TemplateException(
          errors.stream().map(e -> clean(e.getMessage())).collect(Collectors.joining("; ")));
    }
    return result.getOutput();
  }

  /**
   * The commands a run executes with these parameters: each command rendered, or for the {@code if}
   * operator the rendered {@code cond} evaluated as a Jinja expression and then {@code do} or
   * {@code else_do} rendered. Empty when the condition is false and there is no {@code else_do}.
   */
  public static List<String> commands(Run run, Map<String, Object> parameters) {
    ConditionalCommand conditional = run.conditional();
    List<String> templates;
    if (conditional == null) {
      templates = run.cmd();
    } else {
      templates =
          isTrue(conditional.cond(), parameters) ? conditional.then() : conditional.elseDo();
    }
    List<String> out = new ArrayList<>();
    for (String template : templates == null ? List.<String>of() : templates) {
      out.add(render(template, parameters));
    }
    return out;
  }

  /** The commands joined with {@code &&}, as the run's shell gets them. */
  public static String commandLine(Run run, Map<String, Object> parameters) {
    return String.join(" && ", commands(run, parameters));
  }

  /** Renders the condition, then evaluates the result as a Jinja expression. */
  public static boolean isTrue(String cond, Map<String, Object> parameters) {
    String expression = render(cond, parameters).strip();
    if (expression.isEmpty()) {
      return false;
    }
    String value = render("{% if " + expression + " %}true{% else %}false{% endif %}", parameters);
    return value.strip().toLowerCase(Locale.ROOT).equals("true");
  }

  private static String clean(String message) {
    return message == null ? "invalid template" : message.replace('\n', ' ').strip();
  }
}

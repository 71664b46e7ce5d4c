package org.polyaxon.spec.template;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.polyaxon.spec.model.ExperimentSpec;
import org.polyaxon.spec.model.GroupSpec;
import org.polyaxon.spec.model.JobSpec;
import org.polyaxon.spec.model.Polyaxonfile;
import org.polyaxon.spec.schema.Problems;
import org.polyaxon.spec.yaml.SpecNode;

/**
 * Renders every command template of a valid file with its declarations (and, for a group, a sample
 * of the matrix and the Hyperband resource), reporting templates that cannot render where they were
 * written.
 */
public final class CommandTemplateCheck {

  private CommandTemplateCheck() {}

  /** Records a problem per command template that does not render. */
  public static void check(SpecNode.MapNode root, Polyaxonfile spec, Problems problems) {
    if (!(root.get("run") instanceof SpecNode.MapNode run) || run.get("cmd") == null) {
      return;
    }
    Map<String, Object> parameters = parameters(spec);
    SpecNode cmd = run.get("cmd");
    if (cmd instanceof SpecNode.MapNode operator
        && operator.get("if") instanceof SpecNode.MapNode body) {
      for (String key : new String[] {"cond", "do", "else_do"}) {
        if (body.get(key) != null) {
          checkCommands(body.get(key), "run.cmd.if." + key, parameters, problems);
        }
      }
    } else {
      checkCommands(cmd, "run.cmd", parameters, problems);
    }
  }

  /** The declarations, plus for a group a sample of the matrix and the Hyperband resource. */
  public static Map<String, Object> parameters(Polyaxonfile spec) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    if (spec instanceof ExperimentSpec experiment && experiment.declarations() != null) {
      parameters.putAll(experiment.declarations());
    } else if (spec instanceof JobSpec job && job.declarations() != null) {
      parameters.putAll(job.declarations());
    } else if (spec instanceof GroupSpec group) {
      if (group.declarations() != null) {
        parameters.putAll(group.declarations());
      }
      parameters.putAll(MatrixSample.of(group.hptuning().matrix()));
      if (group.hptuning().hyperband() != null) {
        parameters.put(
            group.hptuning().hyperband().resource().name(), group.hptuning().hyperband().maxIter());
      }
    }
    return parameters;
  }

  private static void checkCommands(
      SpecNode node, String path, Map<String, Object> parameters, Problems problems) {
    if (node instanceof SpecNode.ListNode list) {
      for (int i = 0; i < list.items().size(); i++) {
        checkCommands(list.items().get(i), Problems.item(path, i), parameters, problems);
      }
    } else if (node instanceof SpecNode.ScalarNode scalar
        && scalar.value() instanceof String text) {
      try {
        CommandRenderer.render(text, parameters);
      } catch (TemplateException e) {
        problems.add(node.position(), path, explain(e.getMessage(), parameters));
      }
    }
  }

  private static final Pattern UNKNOWN = Pattern.compile("Unknown token found: ([\\w.]+)");

  /** Says which name is undefined and which names are, rather than Jinjava's wording. */
  private static String explain(String message, Map<String, Object> parameters) {
    Matcher unknown = UNKNOWN.matcher(message);
    if (unknown.find()) {
      String known = parameters.isEmpty() ? "none" : String.join(", ", parameters.keySet());
      return "`"
          + unknown.group(1)
          + "` is not defined; the declarations and matrix define: "
          + known;
    }
    return "cannot render the template: " + message;
  }
}

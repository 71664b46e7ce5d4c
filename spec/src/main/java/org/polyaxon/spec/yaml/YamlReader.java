package org.polyaxon.spec.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.polyaxon.spec.Problem;
import org.polyaxon.spec.SpecSource;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads YAML (and JSON, which is YAML 1.2) into {@link SpecNode}s with positions. Uses the composer
 * of snakeyaml-engine, not its constructor, so that every value keeps its mark, and resolves
 * scalars with the YAML 1.2 core schema ({@code True} and {@code False} are booleans).
 *
 * <p>Never throws for bad input: syntax errors, duplicate keys, non-string keys and documents that
 * are too deep or too large (alias bombs) become problems.
 */
public final class YamlReader {

  /** Deeper than any Polyaxonfile needs; stops recursive aliases and stack exhaustion. */
  static final int MAX_DEPTH = 64;

  /** Nodes after alias expansion; stops "billion laughs" documents. */
  static final int MAX_NODES = 200_000;

  /** The documents of one source, merged in order, or the problems that prevented reading it. */
  public record Result(Optional<SpecNode> root, List<Problem> problems) {}

  private final String file;
  private final List<Problem> problems = new ArrayList<>();
  private int nodes;

  private YamlReader(String file) {
    this.file = file;
  }

  /** Reads every document of a source; several documents are merged in order. */
  public static Result read(SpecSource source) {
    return new YamlReader(source.name()).readAll(source.text());
  }

  private Result readAll(String text) {
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(file)
            .setSchema(new CoreSchema())
            .setMaxAliasesForCollections(50)
            .setAllowRecursiveKeys(false)
            .build();
    List<SpecNode> documents = new ArrayList<>();
    try {
      for (Node node : new Compose(settings).composeAllFromString(text)) {
        documents.add(convert(node, 0));
      }
    } catch (MarkedYamlEngineException e) {
      Position at = position(e.getProblemMark().or(e::getContextMark));
      problems.add(problem(at, "invalid YAML: " + describe(e)));
    } catch (YamlEngineException | IllegalStateException | IllegalArgumentException e) {
      problems.add(problem(new Position(file, 1, 1), "invalid YAML: " + e.getMessage()));
    } catch (TooLarge e) {
      problems.add(problem(e.at, e.getMessage()));
    } catch (StackOverflowError e) {
      // The composer recurses per nesting level; a pathological document must not kill the caller.
      problems.add(problem(new Position(file, 1, 1), "the document is nested too deeply"));
    }
    if (!problems.isEmpty()) {
      return new Result(Optional.empty(), List.copyOf(problems));
    }
    if (documents.isEmpty()) {
      problems.add(problem(new Position(file, 1, 1), "the file is empty"));
      return new Result(Optional.empty(), List.copyOf(problems));
    }
    SpecNode root = documents.get(0);
    for (SpecNode next : documents.subList(1, documents.size())) {
      root = TreeMerger.merge(root, next);
    }
    return new Result(Optional.of(root), List.of());
  }

  private static String describe(MarkedYamlEngineException e) {
    String problem = e.getProblem() == null ? "" : e.getProblem();
    String context = e.getContext() == null ? "" : e.getContext();
    String text = context.isEmpty() ? problem : context + ", " + problem;
    return text.replace('\n', ' ').trim();
  }

  private Problem problem(Position at, String message) {
    return new Problem(at.file(), at.line(), at.column(), "", message);
  }

  private Position position(Optional<Mark> mark) {
    return mark.map(m -> new Position(file, m.getLine() + 1, m.getColumn() + 1))
        .orElse(new Position(file, 1, 1));
  }

  private SpecNode convert(Node node, int depth) {
    Position at = position(node.getStartMark());
    if (depth > MAX_DEPTH) {
      throw new TooLarge(at, "the document is nested deeper than " + MAX_DEPTH + " levels");
    }
    if (++nodes > MAX_NODES) {
      throw new TooLarge(at, "the document has more than " + MAX_NODES + " values");
    }
    if (node instanceof MappingNode mapping) {
      Map<String, SpecNode.Entry> entries = new LinkedHashMap<>();
      for (NodeTuple tuple : mapping.getValue()) {
        Node keyNode = tuple.getKeyNode();
        Position keyAt = position(keyNode.getStartMark());
        if (!(keyNode instanceof ScalarNode scalarKey) || scalarValue(scalarKey) == null) {
          problems.add(problem(keyAt, "keys must be strings, numbers or booleans"));
          continue;
        }
        String key = String.valueOf(scalarValue(scalarKey));
        if (entries.containsKey(key)) {
          problems.add(problem(keyAt, "duplicate key `" + key + "`"));
          continue;
        }
        entries.put(key, new SpecNode.Entry(key, keyAt, convert(tuple.getValueNode(), depth + 1)));
      }
      return new SpecNode.MapNode(entries, at);
    }
    if (node instanceof SequenceNode sequence) {
      List<SpecNode> items = new ArrayList<>();
      for (Node item : sequence.getValue()) {
        items.add(convert(item, depth + 1));
      }
      return new SpecNode.ListNode(items, at);
    }
    Object value = scalarValue((ScalarNode) node);
    if (value instanceof Double number && !Double.isFinite(number)) {
      // JSON, hence the compiled form and POLYAXON_DECLARATIONS, cannot carry them.
      problems.add(problem(at, "infinite and NaN numbers are not supported"));
    }
    return new SpecNode.ScalarNode(value, at);
  }

  /** The value of a scalar as the core schema's tag says. Unknown tags keep the text. */
  private static Object scalarValue(ScalarNode scalar) {
    String text = scalar.getValue();
    Tag tag = scalar.getTag();
    if (Tag.NULL.equals(tag)) {
      return null;
    }
    if (Tag.BOOL.equals(tag)) {
      return Boolean.valueOf(text.toLowerCase(Locale.ROOT));
    }
    if (Tag.INT.equals(tag)) {
      return ScalarNumbers.parseInteger(text);
    }
    if (Tag.FLOAT.equals(tag)) {
      return ScalarNumbers.parseFloat(text);
    }
    return text;
  }

  /** Aborts reading a document that is too deep or too large. */
  private static final class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Position at;

    TooLarge(Position at, String message) {
      super(message, null, false, false);
      this.at = at;
    }
  }
}

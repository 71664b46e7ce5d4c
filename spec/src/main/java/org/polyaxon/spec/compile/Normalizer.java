package org.polyaxon.spec.compile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.polyaxon.spec.schema.EnumType;
import org.polyaxon.spec.schema.Field;
import org.polyaxon.spec.schema.ListType;
import org.polyaxon.spec.schema.MapType;
import org.polyaxon.spec.schema.MatrixOptionReader;
import org.polyaxon.spec.schema.MatrixOptionType;
import org.polyaxon.spec.schema.ObjectType;
import org.polyaxon.spec.schema.OneOfType;
import org.polyaxon.spec.schema.PolyaxonfileSchema;
import org.polyaxon.spec.schema.Problems;
import org.polyaxon.spec.schema.SpecType;
import org.polyaxon.spec.yaml.NodeValues;
import org.polyaxon.spec.yaml.SpecNode;

/**
 * Turns a valid tree into plain Java values in normal form, guided by the same types that validated
 * it: enum spellings canonical, null keys dropped, matrix options in their mapping form. Then
 * {@link Defaults} fills in what the file left out.
 */
final class Normalizer {

  private Normalizer() {}

  /** The normal form of a valid file of the given kind. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> normalize(SpecNode.MapNode root, String kind) {
    Map<String, Object> map =
        (Map<String, Object>) normalize(root, PolyaxonfileSchema.forKind(kind));
    if (map.containsKey("params")) {
      map.put("declarations", map.remove("params"));
    }
    if (map.get("run") instanceof Map<?, ?> run) {
      map.put("run", normalizeRun((Map<String, Object>) run));
    }
    Defaults.apply(map, kind);
    return map;
  }

  private static Object normalize(SpecNode node, SpecType type) {
    if (node instanceof SpecNode.ScalarNode scalar && scalar.isNull()) {
      return null;
    }
    if (type instanceof ObjectType object && node instanceof SpecNode.MapNode map) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (SpecNode.Entry entry : map.entries().values()) {
        Optional<Field> field = object.field(entry.key());
        Object value = normalize(entry.value(), field.map(Field::type).orElseThrow());
        if (value != null) {
          out.put(entry.key(), value);
        }
      }
      return out;
    }
    if (type instanceof MapType mapType && node instanceof SpecNode.MapNode map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.entries().values().forEach(e -> out.put(e.key(), normalize(e.value(), mapType.value())));
      return out;
    }
    if (type instanceof ListType listType && node instanceof SpecNode.ListNode list) {
      List<Object> out = new ArrayList<>();
      list.items().forEach(item -> out.add(normalize(item, listType.item())));
      return out;
    }
    if (type instanceof OneOfType oneOf) {
      for (SpecType alternative : oneOf.alternatives()) {
        if (alternative.acceptsShape(node)) {
          return normalize(node, alternative);
        }
      }
    }
    if (type instanceof EnumType enumType
        && node instanceof SpecNode.ScalarNode scalar
        && scalar.value() instanceof String text) {
      return enumType.canonical(text);
    }
    if (type == MatrixOptionType.MATRIX_OPTION) {
      return MatrixOptionReader.read(node, "", new Problems())
          .map(MatrixOptionJson::toMap)
          .orElseThrow(() -> new IllegalStateException("normalising an invalid matrix option"));
    }
    return NodeValues.toJava(node);
  }

  /** {@code cmd} becomes a list of flattened commands, or {@code conditional} for {@code if}. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> normalizeRun(Map<String, Object> run) {
    Map<String, Object> out = new LinkedHashMap<>();
    Object cmd = run.get("cmd");
    if (cmd instanceof Map<?, ?> operator) {
      Map<String, Object> body = (Map<String, Object>) operator.get("if");
      Map<String, Object> conditional = new LinkedHashMap<>();
      conditional.put("cond", body.get("cond"));
      conditional.put("do", CommandText.commands(body.get("do")));
      if (body.get("else_do") != null) {
        conditional.put("else_do", CommandText.commands(body.get("else_do")));
      }
      out.put("conditional", conditional);
    } else {
      out.put("cmd", CommandText.commands(cmd));
    }
    return out;
  }
}

package org.polyaxon.spec.compile;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.polyaxon.spec.matrix.MatrixOption;

/**
 * The compiled form of a matrix option: its key with the arguments as a mapping, for example {@code
 * {"linspace": {"start": 0.001, "stop": 0.1, "num": 5}}}, {@code {"values": [...]}} or {@code
 * {"pvalues": [[value, probability], ...]}}.
 */
public final class MatrixOptionJson {

  private MatrixOptionJson() {}

  /** The compiled form as plain Java values. */
  public static Map<String, Object> toMap(MatrixOption option) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put(option.key(), arguments(option));
    return map;
  }

  // Java 17 has no pattern matching in switch, hence the chain.
  private static Object arguments(MatrixOption option) {
    if (option instanceof MatrixOption.Values v) {
      return v.values();
    } else if (option instanceof MatrixOption.PValues p) {
      return pairs(p);
    } else if (option instanceof MatrixOption.Range r) {
      return args("start", r.start(), "stop", r.stop(), "step", r.step());
    } else if (option instanceof MatrixOption.Linspace l) {
      return args("start", l.start(), "stop", l.stop(), "num", l.num());
    } else if (option instanceof MatrixOption.Logspace l) {
      return args("start", l.start(), "stop", l.stop(), "num", l.num());
    } else if (option instanceof MatrixOption.Geomspace g) {
      return args("start", g.start(), "stop", g.stop(), "num", g.num());
    } else if (option instanceof MatrixOption.Uniform u) {
      return args("low", u.low(), "high", u.high());
    } else if (option instanceof MatrixOption.QUniform u) {
      return args("low", u.low(), "high", u.high(), "q", u.q());
    } else if (option instanceof MatrixOption.LogUniform u) {
      return args("low", u.low(), "high", u.high());
    } else if (option instanceof MatrixOption.QLogUniform u) {
      return args("low", u.low(), "high", u.high(), "q", u.q());
    } else if (option instanceof MatrixOption.Normal n) {
      return args("loc", n.loc(), "scale", n.scale());
    } else if (option instanceof MatrixOption.QNormal n) {
      return args("loc", n.loc(), "scale", n.scale(), "q", n.q());
    } else if (option instanceof MatrixOption.LogNormal n) {
      return args("loc", n.loc(), "scale", n.scale());
    } else {
      MatrixOption.QLogNormal n = (MatrixOption.QLogNormal) option;
      return args("loc", n.loc(), "scale", n.scale(), "q", n.q());
    }
  }

  private static List<Object> pairs(MatrixOption.PValues p) {
    List<Object> pairs = new ArrayList<>();
    for (MatrixOption.Weighted weighted : p.values()) {
      List<Object> pair = new ArrayList<>();
      pair.add(weighted.value());
      pair.add(weighted.probability());
      pairs.add(pair);
    }
    return pairs;
  }

  private static Map<String, Object> args(Object... namesAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      map.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return map;
  }

  /** Reads the compiled form back. */
  @SuppressWarnings("unchecked")
  public static MatrixOption fromMap(Map<String, Object> map) {
    if (map.size() != 1) {
      throw new IllegalArgumentException("a matrix option has exactly one key: " + map.keySet());
    }
    Map.Entry<String, Object> entry = map.entrySet().iterator().next();
    Object value = entry.getValue();
    if (entry.getKey().equals("values")) {
      return new MatrixOption.Values((List<Object>) value);
    }
    if (entry.getKey().equals("pvalues")) {
      List<MatrixOption.Weighted> weighted = new ArrayList<>();
      for (Object pair : (List<Object>) value) {
        List<Object> p = (List<Object>) pair;
        weighted.add(new MatrixOption.Weighted(p.get(0), ((Number) p.get(1)).doubleValue()));
      }
      return new MatrixOption.PValues(weighted);
    }
    Map<String, Object> a = (Map<String, Object>) value;
    return switch (entry.getKey()) {
      case "range" -> new MatrixOption.Range(n(a, "start"), n(a, "stop"), n(a, "step"));
      case "linspace" -> new MatrixOption.Linspace(n(a, "start"), n(a, "stop"), i(a, "num"));
      case "logspace" -> new MatrixOption.Logspace(n(a, "start"), n(a, "stop"), i(a, "num"));
      case "geomspace" -> new MatrixOption.Geomspace(n(a, "start"), n(a, "stop"), i(a, "num"));
      case "uniform" -> new MatrixOption.Uniform(d(a, "low"), d(a, "high"));
      case "quniform" -> new MatrixOption.QUniform(d(a, "low"), d(a, "high"), d(a, "q"));
      case "loguniform" -> new MatrixOption.LogUniform(d(a, "low"), d(a, "high"));
      case "qloguniform" -> new MatrixOption.QLogUniform(d(a, "low"), d(a, "high"), d(a, "q"));
      case "normal" -> new MatrixOption.Normal(d(a, "loc"), d(a, "scale"));
      case "qnormal" -> new MatrixOption.QNormal(d(a, "loc"), d(a, "scale"), d(a, "q"));
      case "lognormal" -> new MatrixOption.LogNormal(d(a, "loc"), d(a, "scale"));
      case "qlognormal" -> new MatrixOption.QLogNormal(d(a, "loc"), d(a, "scale"), d(a, "q"));
      default -> throw new IllegalArgumentException("unknown matrix option " + entry.getKey());
    };
  }

  private static Number n(Map<String, Object> args, String name) {
    return (Number) args.get(name);
  }

  private static double d(Map<String, Object> args, String name) {
    return n(args, name).doubleValue();
  }

  private static int i(Map<String, Object> args, String name) {
    return n(args, name).intValue();
  }

  /** A Jackson module that writes and reads {@link MatrixOption} in the compiled form. */
  public static SimpleModule module() {
    SimpleModule module = new SimpleModule("matrix-options");
    module.addSerializer(
        MatrixOption.class,
        new JsonSerializer<>() {
          @Override
          public void serialize(MatrixOption value, JsonGenerator gen, SerializerProvider provider)
              throws IOException {
            provider.defaultSerializeValue(toMap(value), gen);
          }
        });
    module.addDeserializer(
        MatrixOption.class,
        new JsonDeserializer<>() {
          @Override
          @SuppressWarnings("unchecked")
          public MatrixOption deserialize(JsonParser parser, DeserializationContext context)
              throws IOException {
            return fromMap(context.readValue(parser, Map.class));
          }
        });
    return module;
  }
}

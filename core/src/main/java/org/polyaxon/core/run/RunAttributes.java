package org.polyaxon.core.run;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a 0.4 client may say about a run when it creates it (reference 3.2), kept as sent and shown
 * in the run's detail; nothing the platform acts on.
 *
 * @param readme longer notes in Markdown, or null
 * @param backend what the client says runs it (0.4: {@code native}, {@code kubeflow}, ...), or null
 *     to show the Polyaxonfile's
 * @param framework the client's machine-learning framework ({@code tensorflow}, ...), or null to
 *     show the Polyaxonfile's
 * @param runEnv the environment the client describes (a JSON object), or null
 * @param dataRefs the data the run uses (a JSON object), or null
 */
public record RunAttributes(
    String readme,
    String backend,
    String framework,
    Map<String, Object> runEnv,
    Map<String, Object> dataRefs) {

  /** A run whose client said nothing of these. */
  public static final RunAttributes NONE = new RunAttributes(null, null, null, null, null);

  public RunAttributes {
    runEnv = copy(runEnv);
    dataRefs = copy(dataRefs);
  }

  // JSON objects may hold nulls, which Map.copyOf refuses.
  private static Map<String, Object> copy(Map<String, Object> map) {
    return map == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}

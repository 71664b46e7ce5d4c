package org.polyaxon.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.polyaxon.core.error.InvalidInputException;
import org.polyaxon.core.run.RunAttributes;
import org.polyaxon.core.run.RunKind;

/**
 * The bodies of {@code POST …/experiments} and {@code POST …/jobs}: the Polyaxonfile as {@code
 * config} (a JSON object, as the 0.4 CLI sends it) or {@code content} (YAML or JSON text), with the
 * fields 0.4's create serializers took for that kind. Any other field is refused by name.
 */
final class RunCreateRequests {
  private RunCreateRequests() {}

  /** What both kinds' bodies give a new run. */
  interface CreateBody {
    String name();

    String description();

    List<String> tags();

    JsonNode config();

    String content();

    Map<String, Object> declarations();

    /** The 0.4 fields kept with the run, after the checks of {@link #check()}. */
    RunAttributes attributes();

    /** Refuses what this server cannot honour, naming the field. */
    void check();
  }

  /** The body class of {@code kind}'s create route. */
  static Class<? extends CreateBody> bodyOf(RunKind kind) {
    return kind == RunKind.EXPERIMENT ? ExperimentCreateRequest.class : JobCreateRequest.class;
  }

  /**
   * An experiment, with 0.4's {@code readme}, {@code backend}, {@code framework}, {@code run_env},
   * {@code data_refs} (kept and shown), {@code ttl} (accepted: 0.4 consumed it for a Redis TTL we
   * do not have), {@code in_cluster} and {@code experiment_group} (see {@link #check()}).
   */
  record ExperimentCreateRequest(
      String name,
      String description,
      String readme,
      List<String> tags,
      JsonNode config,
      String content,
      Map<String, Object> declarations,
      Long ttl,
      JsonNode experimentGroup,
      String backend,
      String framework,
      Boolean inCluster,
      Map<String, Object> runEnv,
      Map<String, Object> dataRefs)
      implements CreateBody {

    @Override
    public RunAttributes attributes() {
      return new RunAttributes(readme, backend, framework, runEnv, dataRefs);
    }

    @Override
    public void check() {
      if (experimentGroup != null && !experimentGroup.isNull()) {
        throw new InvalidInputException(
            "Field 'experiment_group': experiment groups are not on this server yet; create the"
                + " experiment without one (leave the field out or send null)");
      }
      checkInCluster(inCluster);
    }
  }

  /** A job, with 0.4's {@code readme}, {@code data_refs}, {@code ttl} and {@code in_cluster}. */
  record JobCreateRequest(
      String name,
      String description,
      String readme,
      List<String> tags,
      JsonNode config,
      String content,
      Map<String, Object> declarations,
      Long ttl,
      Boolean inCluster,
      Map<String, Object> dataRefs)
      implements CreateBody {

    @Override
    public RunAttributes attributes() {
      return new RunAttributes(readme, null, null, null, dataRefs);
    }

    @Override
    public void check() {
      checkInCluster(inCluster);
    }
  }

  /**
   * 0.4 did not schedule a run created with {@code in_cluster: false}: its client ran the code
   * itself and only tracked it. This server runs every run it creates, so it refuses rather than
   * start code the client meant to run elsewhere.
   */
  private static void checkInCluster(Boolean inCluster) {
    if (Boolean.FALSE.equals(inCluster)) {
      throw new InvalidInputException(
          "Field 'in_cluster': runs tracked from outside the platform (in_cluster: false) are not"
              + " supported yet; this server runs every run it creates, so send true or leave"
              + " the field out");
    }
  }
}

package org.polyaxon.spec.model;

import java.util.List;
import java.util.Map;

/** {@code kind: experiment}: one run of a command in a built image, maybe distributed. */
public record ExperimentSpec(
    int version,
    String kind,
    Logging logging,
    List<String> tags,
    String backend,
    String framework,
    Environment environment,
    Map<String, Object> declarations,
    BuildSection build,
    Run run,
    Map<String, Object> model,
    Map<String, Object> train,
    Map<String, Object> eval)
    implements Polyaxonfile {}

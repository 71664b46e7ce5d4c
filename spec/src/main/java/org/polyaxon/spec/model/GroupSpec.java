package org.polyaxon.spec.model;

import java.util.List;
import java.util.Map;

/** {@code kind: group}: a hyperparameter search, one experiment per point of the matrix. */
public record GroupSpec(
    int version,
    String kind,
    Logging logging,
    List<String> tags,
    String backend,
    String framework,
    Environment environment,
    Map<String, Object> declarations,
    Hptuning hptuning,
    BuildSection build,
    Run run,
    Map<String, Object> model,
    Map<String, Object> train,
    Map<String, Object> eval)
    implements Polyaxonfile {}

package org.polyaxon.spec.model;

import java.util.List;
import java.util.Map;

/** {@code kind: job}: a command (data preparation, export...) in a built image. */
public record JobSpec(
    int version,
    String kind,
    Logging logging,
    List<String> tags,
    Environment environment,
    Map<String, Object> declarations,
    BuildSection build,
    Run run)
    implements Polyaxonfile {}

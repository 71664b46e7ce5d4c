package org.polyaxon.spec.model;

import java.util.List;

/** {@code kind: notebook}: a Jupyter notebook or lab server in a built image. */
public record NotebookSpec(
    int version,
    String kind,
    Logging logging,
    List<String> tags,
    String backend,
    Environment environment,
    BuildSection build)
    implements Polyaxonfile {}

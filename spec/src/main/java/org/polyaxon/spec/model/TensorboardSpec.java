package org.polyaxon.spec.model;

import java.util.List;

/** {@code kind: tensorboard}: a TensorBoard server in a built image. */
public record TensorboardSpec(
    int version,
    String kind,
    Logging logging,
    List<String> tags,
    Environment environment,
    BuildSection build)
    implements Polyaxonfile {}

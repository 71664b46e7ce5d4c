package org.polyaxon.core.run;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.polyaxon.core.auth.User;
import org.polyaxon.core.code.CodeReference;
import org.polyaxon.core.code.CodeReferenceStore;
import org.polyaxon.core.error.ConflictException;
import org.polyaxon.core.project.Project;
import org.polyaxon.core.run.RunStore.NewRun;
import org.polyaxon.core.status.Status;
import org.polyaxon.spec.ParseResult;
import org.polyaxon.spec.SpecSource;
import org.polyaxon.spec.yaml.SpecNode;
import org.polyaxon.spec.yaml.YamlReader;

/**
 * Restart, resume and copy (reference 2.3, 3.2): a new run, with the next number, made from the
 * original's Polyaxonfile, optionally merged with a partial one, and queued like any new run. The
 * strategy decides the outputs directory (see {@link RunLocations}); the code is the original's
 * version unless the caller asks for the project's latest.
 */
public final class RunCloner {
  /** The name problems in the original's Polyaxonfile are reported under. */
  static final String ORIGINAL_SOURCE = "original";

  private final RunStore store;
  private final CodeReferenceStore codeReferences;
  private final Clock clock;

  public RunCloner(RunStore store, CodeReferenceStore codeReferences, Clock clock) {
    this.store = store;
    this.codeReferences = codeReferences;
    this.clock = clock;
  }

  /**
   * What a restart, resume or copy request carries.
   *
   * @param patches partial Polyaxonfiles merged over the original's, in order; may be empty
   * @param updateCode true to run the project's latest code instead of the original's
   * @param description the new run's description; null keeps the original's
   */
  public record CloneRequest(List<SpecSource> patches, boolean updateCode, String description) {
    public CloneRequest {
      patches = List.copyOf(patches);
    }
  }

  /**
   * Makes the clone of {@code original}, a run of {@code project}.
   *
   * @throws ConflictException when resuming a run that has not finished: both would write the same
   *     outputs
   * @throws org.polyaxon.core.error.InvalidInputException when the merged Polyaxonfile is invalid
   */
  public Run clone(
      User actor, Project project, Run original, CloningStrategy strategy, CloneRequest request) {
    if (strategy == CloningStrategy.RESUME
        && !original.kind().machine().isDone(original.status())) {
      throw new ConflictException(
          "The "
              + original.kind().wireName()
              + " "
              + original.number()
              + " is "
              + original.status().wireName()
              + "; only a succeeded, failed or stopped "
              + original.kind().wireName()
              + " can be resumed, since a resumed run writes into the same outputs. Stop it"
              + " first, or restart or copy it.");
    }
    List<SpecSource> sources = new ArrayList<>();
    sources.add(new SpecSource(ORIGINAL_SOURCE, original.content()));
    sources.addAll(request.patches());
    ParseResult.Valid valid = RunSpecs.parse(sources, original.kind());
    Long code =
        request.updateCode()
            ? codeReferences.latest(project.id()).map(CodeReference::id).orElse(null)
            : original.codeReferenceId();
    return store.create(
        new NewRun(
            UUID.randomUUID().toString().replace("-", ""),
            project.id(),
            original.kind(),
            actor.id(),
            original.groupId(),
            original.name(),
            request.description() != null ? request.description() : original.description(),
            original.tags(),
            valid.compiled(),
            declarations(original, valid, request.patches()),
            original.id(),
            strategy,
            code,
            original.attributes()),
        Status.CREATED,
        Runs.TASK_START,
        clock.instant());
  }

  /**
   * The original's declarations (which include values given at its creation and matrix values),
   * with those the patches set taken from the merged file.
   */
  private static Map<String, Object> declarations(
      Run original, ParseResult.Valid merged, List<SpecSource> patches) {
    Map<String, Object> declarations = new LinkedHashMap<>(original.declarations());
    Map<String, Object> patched = RunSpecs.declarationsOf(merged.spec());
    for (String name : declaredIn(patches)) {
      if (patched.containsKey(name)) {
        declarations.put(name, patched.get(name));
      }
    }
    return declarations;
  }

  private static Set<String> declaredIn(List<SpecSource> patches) {
    Set<String> names = new LinkedHashSet<>();
    for (SpecSource patch : patches) {
      // Already read without problems by the merge; a patch that is not a mapping declares nothing.
      YamlReader.read(patch)
          .root()
          .filter(SpecNode.MapNode.class::isInstance)
          .map(root -> ((SpecNode.MapNode) root).get("declarations"))
          .filter(SpecNode.MapNode.class::isInstance)
          .ifPresent(node -> names.addAll(((SpecNode.MapNode) node).entries().keySet()));
    }
    return names;
  }
}

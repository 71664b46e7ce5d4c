package org.polyaxon.core.run;

import java.util.List;
import java.util.Map;
import org.polyaxon.core.error.InvalidInputException;
import org.polyaxon.spec.ParseResult;
import org.polyaxon.spec.PolyaxonfileParser;
import org.polyaxon.spec.Problem;
import org.polyaxon.spec.SpecSource;
import org.polyaxon.spec.model.ExperimentSpec;
import org.polyaxon.spec.model.JobSpec;
import org.polyaxon.spec.model.Polyaxonfile;

/** The Polyaxonfile checks every new run passes, whether made from files or cloned. */
final class RunSpecs {
  private RunSpecs() {}

  /** Merges the sources in order and validates the result as a {@code kind}. */
  static ParseResult.Valid parse(List<SpecSource> sources, RunKind kind) {
    ParseResult result = PolyaxonfileParser.parse(sources);
    if (result instanceof ParseResult.Invalid invalid) {
      throw new InvalidInputException(
          "The Polyaxonfile has " + invalid.problems().size() + " problem(s)",
          invalid.problems().stream().map(Problem::toString).toList());
    }
    ParseResult.Valid valid = (ParseResult.Valid) result;
    if (!valid.spec().kind().equals(kind.wireName())) {
      throw new InvalidInputException(
          "kind: the Polyaxonfile is a "
              + valid.spec().kind()
              + "; expected a "
              + kind.wireName()
              + " here");
    }
    return valid;
  }

  static Map<String, Object> declarationsOf(Polyaxonfile spec) {
    Map<String, Object> declarations = null;
    if (spec instanceof ExperimentSpec experiment) {
      declarations = experiment.declarations();
    } else if (spec instanceof JobSpec job) {
      declarations = job.declarations();
    }
    return declarations == null ? Map.of() : declarations;
  }
}

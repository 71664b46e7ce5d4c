package org.polyaxon.spec;

import java.util.List;
import org.polyaxon.spec.model.Polyaxonfile;

/**
 * What {@link PolyaxonfileParser} returns: either a valid {@link Polyaxonfile} with its compiled,
 * normalised JSON form, or every problem found, sorted by position.
 */
public sealed interface ParseResult {

  /** True when the files were valid. */
  default boolean isValid() {
    return this instanceof Valid;
  }

  /** The problems found; empty for a valid result. */
  default List<Problem> problems() {
    return this instanceof Invalid invalid ? invalid.problems : List.of();
  }

  /**
   * A valid Polyaxonfile.
   *
   * @param spec the typed model
   * @param compiled the normalised form as pretty-printed JSON (defaults filled in, commands as
   *     lists, matrix options in their mapping form)
   */
  record Valid(Polyaxonfile spec, String compiled) implements ParseResult {}

  /** An invalid Polyaxonfile: at least one problem, sorted by position. */
  record Invalid(List<Problem> problems) implements ParseResult {
    public Invalid {
      problems = problems.stream().sorted(Problem.BY_POSITION).distinct().toList();
    }
  }
}

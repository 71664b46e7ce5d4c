package org.polyaxon.spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.polyaxon.spec.compile.SpecCompiler;
import org.polyaxon.spec.model.Polyaxonfile;
import org.polyaxon.spec.rules.Rule;
import org.polyaxon.spec.rules.Rules;
import org.polyaxon.spec.schema.Problems;
import org.polyaxon.spec.schema.SpecValidator;
import org.polyaxon.spec.template.CommandTemplateCheck;
import org.polyaxon.spec.yaml.SpecNode;
import org.polyaxon.spec.yaml.TreeMerger;
import org.polyaxon.spec.yaml.YamlReader;

/**
 * Reads, merges, validates and compiles Polyaxonfiles. Several files merge in order, later keys
 * winning, as {@code polyaxon check -f a.yml -f b.yml} does. Bad input never throws: it comes back
 * as an {@link ParseResult.Invalid} listing every problem found.
 */
public final class PolyaxonfileParser {

  private PolyaxonfileParser() {}

  /** Parses the sources merged in order. */
  public static ParseResult parse(List<SpecSource> sources) {
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("at least one Polyaxonfile is needed");
    }
    List<Problem> readProblems = new ArrayList<>();
    SpecNode merged = null;
    for (SpecSource source : sources) {
      YamlReader.Result read = YamlReader.read(source);
      readProblems.addAll(read.problems());
      if (read.root().isPresent()) {
        merged = merged == null ? read.root().get() : TreeMerger.merge(merged, read.root().get());
      }
    }
    if (!readProblems.isEmpty()) {
      return new ParseResult.Invalid(readProblems);
    }
    return validate(merged);
  }

  /** Parses one or more sources merged in order. */
  public static ParseResult parse(SpecSource first, SpecSource... more) {
    List<SpecSource> sources = new ArrayList<>();
    sources.add(first);
    sources.addAll(List.of(more));
    return parse(sources);
  }

  /** Reads and parses files merged in order; a file that cannot be read is a problem. */
  public static ParseResult parseFiles(List<Path> files) {
    List<SpecSource> sources = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Path file : files) {
      try {
        sources.add(SpecSource.of(file));
      } catch (IOException | java.io.UncheckedIOException e) {
        problems.add(new Problem(file.toString(), 1, 1, "", "cannot read the file: " + e));
      }
    }
    return problems.isEmpty() ? parse(sources) : new ParseResult.Invalid(problems);
  }

  private static ParseResult validate(SpecNode root) {
    Problems problems = new Problems();
    Optional<String> kind = SpecValidator.validate(root, problems);
    if (kind.isEmpty()) {
      return new ParseResult.Invalid(problems.asList());
    }
    SpecNode.MapNode map = (SpecNode.MapNode) root;
    for (Rule rule : Rules.ALL) {
      rule.check(map, kind.get(), problems);
    }
    if (!problems.isEmpty()) {
      return new ParseResult.Invalid(problems.asList());
    }
    Polyaxonfile spec = SpecCompiler.compile(map, kind.get());
    CommandTemplateCheck.check(map, spec, problems);
    if (!problems.isEmpty()) {
      return new ParseResult.Invalid(problems.asList());
    }
    return new ParseResult.Valid(spec, SpecCompiler.toJson(spec));
  }
}

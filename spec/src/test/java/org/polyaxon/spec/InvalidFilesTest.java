package org.polyaxon.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each invalid file of {@code src/test/resources/invalid} yields exactly the listed problems: line,
 * column, key path and message, sorted by position, all reported at once.
 */
class InvalidFilesTest {

  private static void assertProblems(String name, Problem... expected) {
    Path file = Fixtures.INVALID.resolve(name);
    ParseResult result = Fixtures.parse(file);

    assertThat(result.isValid()).as("%s is valid", name).isFalse();
    List<Problem> withFile =
        List.of(expected).stream()
            .map(p -> new Problem(file.toString(), p.line(), p.column(), p.path(), p.message()))
            .toList();
    assertThat(result.problems()).containsExactlyElementsOf(withFile);
  }

  private static Problem at(int line, int column, String path, String message) {
    return new Problem("", line, column, path, message);
  }

  @Test
  void badMatrixOptions() {
    assertProblems(
        "bad_matrix_options.yml",
        at(
            6,
            14,
            "hptuning.matrix.a.range",
            "`range` takes exactly 3 values [start, stop, step], got 2"),
        at(
            8,
            17,
            "hptuning.matrix.b.linspace",
            "`linspace` takes exactly 3 values [start, stop, num], got 2"),
        at(10, 14, "hptuning.matrix.c.range", "the step of a range must not be 0"),
        at(
            12,
            7,
            "hptuning.matrix.d.choice",
            "unknown matrix option; expected one of values, pvalues, range, linspace, logspace, geomspace, uniform, loguniform, quniform, qloguniform, normal, lognormal, qnormal, qlognormal"),
        at(
            15,
            7,
            "hptuning.matrix.e.range",
            "a parameter takes exactly one option, and `values` is already given"),
        at(17, 17, "hptuning.matrix.f.linspace.stop", "is required (a number)"),
        at(17, 28, "hptuning.matrix.f.linspace.end", "unknown argument; expected start, stop, num"),
        at(19, 17, "hptuning.matrix.g.logspace", "num must be a positive integer, got 2.5"));
  }

  @Test
  void badPvalues() {
    assertProblems(
        "bad_pvalues.yml",
        at(8, 16, "hptuning.matrix.opt.pvalues", "the probabilities add up to 1.3, more than 1"),
        at(
            10,
            24,
            "hptuning.matrix.act.pvalues[0][1]",
            "expected a probability between 0 and 1, got the string `high`"),
        at(10, 31, "hptuning.matrix.act.pvalues[1]", "expected a [value, probability] pair"));
  }

  @Test
  void boWithNormal() {
    assertProblems(
        "bo_with_normal.yml",
        at(
            14,
            7,
            "hptuning.matrix.momentum.normal",
            "bayesian optimisation takes only discrete options and uniform, not `normal`"));
  }

  @Test
  void duplicateKey() {
    assertProblems("duplicate_key.yml", at(7, 1, "", "duplicate key `run`"));
  }

  @Test
  void gridWithDistributions() {
    assertProblems(
        "grid_with_distributions.yml",
        at(
            7,
            7,
            "hptuning.matrix.lr.loguniform",
            "grid search takes only values, range, linspace, logspace and geomspace; `loguniform` needs random_search, hyperband or bo"),
        at(
            9,
            7,
            "hptuning.matrix.activation.pvalues",
            "grid search takes only values, range, linspace, logspace and geomspace; `pvalues` needs random_search, hyperband or bo"));
  }

  @Test
  void groupWithoutHptuning() {
    assertProblems(
        "group_without_hptuning.yml",
        at(1, 1, "hptuning", "is required for kind `group` (a mapping)"));
  }

  @Test
  void ifOperatorIncomplete() {
    assertProblems(
        "if_operator_incomplete.yml",
        at(
            10,
            7,
            "run.cmd.if.do",
            "is required (a string or a list of strings with at least 1 item)"),
        at(11, 7, "run.cmd.if.then", "unknown key; expected one of cond, do, else_do"));
  }

  @Test
  void imageAndDockerfile() {
    assertProblems(
        "image_and_dockerfile.yml",
        at(5, 3, "build.dockerfile", "a build needs exactly one of image or dockerfile, not both"));
  }

  @Test
  void invalidJson() {
    assertProblems(
        "invalid.json",
        at(4, 45, "build.nocache", "expected a boolean, got the string `no`"),
        at(5, 38, "run.cmd[1]", "expected a string, got the number `42`"));
  }

  @Test
  void invalidImageColons() {
    assertProblems(
        "invalid_image_colons.yml",
        at(
            4,
            10,
            "build.image",
            "invalid image `registry:5000:tensorflow:1.6`: expected name[:tag] or host:port/name[:tag]"));
  }

  @Test
  void invalidImages() {
    assertProblems(
        "invalid_images.yml",
        at(
            3,
            8,
            "image",
            "invalid image `my image:latest`: expected name[:tag] or host:port/name[:tag]"));
  }

  @Test
  void jobWithoutBuild() {
    assertProblems(
        "job_without_build.yml", at(1, 1, "build", "is required for kind `job` (a mapping)"));
  }

  @Test
  void missingVersionAndKind() {
    assertProblems(
        "missing_version_and_kind.yml",
        at(
            1,
            1,
            "kind",
            "is required (one of experiment, group, job, build, notebook, tensorboard)"),
        at(1, 1, "version", "is required (the spec version, 1)"));
  }

  @Test
  void notAMapping() {
    assertProblems("not_a_mapping.yml", at(1, 1, "", "expected a mapping of sections, got a list"));
  }

  @Test
  void randomWithoutNExperiments() {
    assertProblems(
        "random_without_n_experiments.yml",
        at(
            4,
            18,
            "hptuning.random_search.n_experiments",
            "is required (an integer of at least 1)"));
  }

  @Test
  void replicasNotForFramework() {
    assertProblems(
        "replicas_not_for_framework.yml",
        at(
            7,
            5,
            "environment.replicas.n_ps",
            "not used by framework horovod; expected one of n_workers, default_worker, worker"),
        at(
            9,
            16,
            "environment.replicas.worker[0].index",
            "index 2 is out of range: n_workers is 2"));
  }

  @Test
  void replicasWithoutFramework() {
    assertProblems(
        "replicas_without_framework.yml",
        at(
            4,
            3,
            "environment.replicas",
            "distributed runs need a framework: set framework to one of horovod, mxnet, pytorch, tensorflow"));
  }

  @Test
  void runWithoutBuild() {
    assertProblems(
        "run_without_build.yml",
        at(3, 1, "params", "params is another name for declarations; give only one of them"),
        at(7, 1, "build", "is required when run is given: the image the command runs in"));
  }

  @Test
  void severalProblems() {
    assertProblems(
        "several_problems.yml",
        at(
            4,
            10,
            "logging.level",
            "expected one of INFO, DEBUG, WARN, ERROR, FATAL, got the string `VERBOSE`"),
        at(
            8,
            11,
            "environment.persistence.data",
            "expected a list of strings, got the string `data1`"),
        at(10, 16, "environment.replicas.n_workers", "expected an integer of at least 0, got -1"),
        at(12, 16, "hptuning.concurrency", "expected an integer of at least 1, got 0"),
        at(
            15,
            3,
            "hptuning.random_search",
            "only one search algorithm may be given, and `grid_search` is already given"),
        at(19, 16, "hptuning.matrix.lr.uniform", "low must be less than high"),
        at(21, 7, "hptuning.early_stopping[0].value", "is required (a number)"),
        at(
            22,
            21,
            "hptuning.early_stopping[0].optimization",
            "expected one of maximize, minimize, got the string `lowest`"),
        at(
            26,
            7,
            "build.env_vars[0]",
            "expected a list of values with exactly 2 items, got 1 item"),
        at(28, 8, "run.cmd", "expected a list of strings with at least 1 item, got 0 items"));
  }

  @Test
  void twoAlgorithms() {
    assertProblems(
        "two_algorithms.yml",
        at(
            6,
            3,
            "hptuning.hyperband",
            "only one search algorithm may be given, and `random_search` is already given"));
  }

  @Test
  void undefinedTemplateVariable() {
    assertProblems(
        "undefined_template_variable.yml",
        at(
            10,
            7,
            "run.cmd[1]",
            "`learning_rate` is not defined; the declarations and matrix define: batch_size"));
  }

  @Test
  void unexpectedSections() {
    assertProblems(
        "unexpected_sections.yml",
        at(3, 1, "hptuning", "unexpected section for kind `job`"),
        at(7, 1, "settings", "unexpected section in Polyaxonfile version 1"));
  }

  @Test
  void unknownKind() {
    assertProblems(
        "unknown_kind.yml",
        at(
            2,
            7,
            "kind",
            "expected one of experiment, group, job, build, notebook, tensorboard, got the string `pipeline`"),
        at(3, 1, "ops", "unexpected section in Polyaxonfile version 1"));
  }

  @Test
  void unknownNestedKeys() {
    assertProblems(
        "unknown_nested_keys.yml",
        at(
            6,
            7,
            "environment.resources.cpu.request",
            "unknown key; expected one of requests, limits"),
        at(
            9,
            3,
            "build.imag",
            "unknown key; expected one of image, dockerfile, context, build_steps, env_vars, commit, branch, nocache, backend, environment, version, kind, logging, tags"),
        at(9, 3, "build.image", "is required: a build needs exactly one of image or dockerfile"));
  }

  @Test
  void unsupportedVersion() {
    assertProblems(
        "unsupported_version.yml",
        at(1, 10, "version", "version 2 is not supported; this platform reads version 1"));
  }

  @Test
  void wrongTypes() {
    assertProblems(
        "wrong_types.yml",
        at(3, 7, "tags", "expected a list of strings, got the string `experiments`"),
        at(
            5,
            16,
            "hptuning.concurrency",
            "expected an integer of at least 1, got the string `five`"),
        at(6, 9, "hptuning.seed", "expected an integer, got the number `1.5`"),
        at(12, 12, "build.nocache", "expected a boolean, got the string `yes`"),
        at(
            13,
            16,
            "build.build_steps",
            "expected a list of strings, got the string `pip install torch`"));
  }

  @Test
  void yamlSyntaxError() {
    assertProblems(
        "yaml_syntax_error.yml",
        at(5, 15, "", "invalid YAML: mapping values are not allowed here"));
  }

  @Test
  void boWithoutKappa() {
    assertProblems(
        "bo_without_kappa.yml",
        at(
            9,
            7,
            "hptuning.bo.utility_function.kappa",
            "is required with acquisition_function ucb"));
  }

  /** The 0.4.4 quick-start file used {@code higher: true}, which the 0.4.4 schema rejected. */
  @Test
  void earlyStoppingHigherKey() {
    assertProblems(
        "early_stopping_higher_key.yml",
        at(
            14,
            7,
            "hptuning.early_stopping[0].higher",
            "unknown key; expected one of metric, value, optimization, policy"));
  }
}

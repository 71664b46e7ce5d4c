package org.polyaxon.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.polyaxon.server.Http;

/**
 * What runs report about themselves, sent with a user's token: heartbeats, statuses and log lines,
 * for experiments and jobs, and every kind of bad request.
 */
class RunTrackingApiIT {
  @RegisterExtension static final PlatformUnderTest PLATFORM = PlatformUnderTest.frozen();
  private static final String SLEEP = "sleep 120";
  private static TestPlatform platform;
  private static LaunchedRuns runs;
  private static Http ada;
  private static Http bob;

  @BeforeAll
  static void start() {
    platform = PLATFORM.get();
    runs = new LaunchedRuns(platform);
    platform.createProject(platform.adaToken, "mnist", true);
    ada = platform.ada();
    bob = platform.bob();
  }

  @Test
  void heartbeatsAreRecordedForExperimentsAndJobs() {
    long experiment = runs.create(ada, "ada/mnist", "experiments", SLEEP);
    long job = runs.create(ada, "ada/mnist", "jobs", SLEEP);
    try {
      for (String path : List.of("experiments/" + experiment, "jobs/" + job)) {
        assertThat(ada.get("/api/v1/ada/mnist/" + path).body().get("heartbeat_at").isNull())
            .isTrue();
        Http.Response beat = ada.post("/api/v1/ada/mnist/" + path + "/_heartbeat", "");
        assertThat(beat.status()).as(beat.text()).isEqualTo(204);
        assertThat(ada.get("/api/v1/ada/mnist/" + path).body().get("heartbeat_at").asText())
            .isEqualTo("2024-03-01T12:00:00Z");

        Http.Response foreign = bob.post("/api/v1/ada/mnist/" + path + "/_heartbeat", "");
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.contentType()).startsWith("application/problem+json");
      }
      Http.Response missing = ada.post("/api/v1/ada/mnist/jobs/99/_heartbeat", "");
      assertThat(missing.status()).isEqualTo(404);
      assertThat(missing.body().get("detail").asText())
          .isEqualTo("There is no job 99 in ada.mnist");
    } finally {
      runs.stop("ada/mnist", "experiments", experiment);
      runs.stop("ada/mnist", "jobs", job);
    }
  }

  @Test
  void aRunThatSaysItFailedIsFailedWithItsTracebackAndItsProcessStopped() {
    long id = runs.create(ada, "ada/mnist", "experiments", SLEEP);
    runs.awaitStatus("ada/mnist", "experiments", id, "running");
    String base = "/api/v1/ada/mnist/experiments/" + id;

    Http.Response posted =
        ada.post(
            base + "/statuses",
            "{\"status\": \"failed\", \"message\": \"loss diverged\","
                + " \"traceback\": \"Traceback (most recent call last):\\n  ValueError: nan\"}");

    assertThat(posted.status()).as(posted.text()).isEqualTo(201);
    assertThat(posted.body().get("status").asText()).isEqualTo("failed");
    assertThat(posted.body().get("uuid").asText()).hasSize(32);
    assertThat(posted.body().get("reason").asText()).isEqualTo("ReportedByRun");
    assertThat(posted.body().get("experiment").asLong()).isEqualTo(id);
    assertThat(posted.body().has("details")).isFalse();
    JsonNode detail = ada.get(base).body();
    assertThat(detail.get("last_status").asText()).isEqualTo("failed");
    assertThat(detail.get("status_message").asText()).isEqualTo("loss diverged");
    JsonNode history = ada.get(base + "/statuses").body().get("results");
    JsonNode last = history.get(history.size() - 1);
    assertThat(last.get("traceback").asText())
        .isEqualTo("Traceback (most recent call last):\n  ValueError: nan");
    assertThat(last).isEqualTo(posted.body());
    assertThat(history.findValuesAsText("reason"))
        .containsExactly("Created", "Scheduled", "ProcessRunning", "ReportedByRun");
    assertThat(ada.get(base + "/statuses/" + last.get("uuid").asText()).body())
        .isEqualTo(posted.body());
    // The scheduler stops a process whose run is finished: the sleep does not run its 120 s.
    runs.awaitExit("ada/mnist", "experiments", id);
    assertThat(ada.get(base).body().get("last_status").asText()).isEqualTo("failed");

    Http.Response illegal = ada.post(base + "/statuses", "{\"status\": \"running\"}");
    assertThat(illegal.status()).isEqualTo(400);
    assertThat(illegal.contentType()).startsWith("application/problem+json");
    assertThat(illegal.body().get("detail").asText())
        .isEqualTo("A experiment cannot go from failed to running");
  }

  @Test
  void badStatusRequestsAre400NamingTheProblem() {
    long id = runs.create(ada, "ada/mnist", "jobs", "true");
    runs.awaitStatus("ada/mnist", "jobs", id, "succeeded");
    String path = "/api/v1/ada/mnist/jobs/" + id + "/statuses";
    String[][] cases = {
      {"{\"status\": ", "Malformed JSON"},
      {"", "The request has no body; expected a JSON object"},
      {
        "{\"status\": \"failed\", \"colour\": 1}",
        "Unknown field 'colour'; expected one of: details, message, status, traceback"
      },
      {"{\"status\": [\"failed\"]}", "Field 'status': expected a string"},
      {
        "{\"message\": \"x\"}",
        "Field 'status': required; expected one of building, created, failed, running, scheduled, stopped, succeeded, unknown, unschedulable"
      },
      {
        "{\"status\": \"warning\"}",
        "Field 'status': 'warning' is not a job status; expected one of building, created, failed, running, scheduled, stopped, succeeded, unknown, unschedulable"
      },
      {"{\"status\": \"running\"}", "A job cannot go from succeeded to running"},
    };
    for (String[] c : cases) {
      Http.Response answer = ada.post(path, c[0]);
      assertThat(answer.status()).as(c[0] + ": " + answer.text()).isEqualTo(400);
      assertThat(answer.contentType()).startsWith("application/problem+json");
      assertThat(answer.body().get("detail").asText()).startsWith(c[1]);
    }
    assertThat(bob.post(path, "{\"status\": \"failed\"}").status()).isEqualTo(403);
    assertThat(ada.get("/api/v1/ada/mnist/jobs/" + id).body().get("last_status").asText())
        .isEqualTo("succeeded");
  }

  @Test
  void aJobReportsDetailsWithItsStatusAndAnExperimentCannot() throws IOException {
    long job = runs.create(ada, "ada/mnist", "jobs", SLEEP);
    runs.awaitStatus("ada/mnist", "jobs", job, "running");
    String path = "/api/v1/ada/mnist/jobs/" + job + "/statuses";

    Http.Response posted =
        ada.post(
            path,
            "{\"status\": \"succeeded\", \"message\": \"done\","
                + " \"details\": {\"exit_code\": 0, \"node\": null, \"tries\": [1, 2]}}");

    assertThat(posted.status()).as(posted.text()).isEqualTo(201);
    assertThat(posted.body().get("job").asLong()).isEqualTo(job);
    // Compared as trees: PostgreSQL's jsonb keeps keys in an order of its own.
    assertThat(posted.body().get("details"))
        .isEqualTo(new ObjectMapper().readTree("{\"exit_code\":0,\"node\":null,\"tries\":[1,2]}"));
    JsonNode history = ada.get(path).body().get("results");
    assertThat(history.get(history.size() - 1)).isEqualTo(posted.body());
    assertThat(history.get(0).get("details").isNull()).isTrue();
    runs.awaitExit("ada/mnist", "jobs", job);

    long experiment = runs.create(ada, "ada/mnist", "experiments", "true");
    Http.Response refused =
        ada.post(
            "/api/v1/ada/mnist/experiments/" + experiment + "/statuses",
            "{\"status\": \"failed\", \"details\": {}}");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().get("detail").asText()).startsWith("Field 'details'");
    Http.Response notAnObject = ada.post(path, "{\"status\": \"failed\", \"details\": 3}");
    assertThat(notAnObject.status()).isEqualTo(400);
    assertThat(notAnObject.body().get("detail").asText())
        .isEqualTo("Field 'details': expected a JSON object");
  }

  @Test
  void oneStatusIsFoundByItsUuidAndABadOneIsNamed() {
    long id = runs.create(ada, "ada/mnist", "jobs", "true");
    String base = "/api/v1/ada/mnist/jobs/" + id + "/statuses";
    JsonNode created = ada.get(base).body().get("results").get(0);

    JsonNode one = ada.get(base + "/" + created.get("uuid").asText()).body();
    assertThat(one).isEqualTo(created);
    assertThat(one.get("id").asLong()).isPositive();
    assertThat(one.get("reason").asText()).isEqualTo("Created");
    Http.Response missing = ada.get(base + "/" + "0".repeat(32));
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.body().get("detail").asText())
        .isEqualTo("The job " + id + " has no status " + "0".repeat(32));
    Http.Response malformed = ada.get(base + "/not-a-uuid");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.body().get("detail").asText())
        .isEqualTo("Path segment 'not-a-uuid': expected a status uuid, 32 hexadecimal characters");
    // An entry of another run's history is not this run's.
    long other = runs.create(ada, "ada/mnist", "jobs", "true");
    assertThat(
            ada.get("/api/v1/ada/mnist/jobs/" + other + "/statuses/" + created.get("uuid").asText())
                .status())
        .isEqualTo(404);
  }

  @Test
  void aRunReportsItsGitCodeReferenceAndReadsItBack() {
    long id = runs.create(ada, "ada/mnist", "jobs", "true");
    String path = "/api/v1/ada/mnist/jobs/" + id + "/coderef";
    assertThat(ada.get(path).status()).isEqualTo(404);

    Http.Response reported =
        ada.post(
            path,
            "{\"commit\": \"%s\", \"head\": \"%s\", \"branch\": \"main\","
                    .formatted("a".repeat(40), "b".repeat(40))
                + " \"git_url\": \"https://github.com/ada/mnist.git\", \"is_dirty\": true}");

    assertThat(reported.status()).as(reported.text()).isEqualTo(201);
    assertThat(reported.body().get("commit").asText()).isEqualTo("a".repeat(40));
    assertThat(reported.body().get("head").asText()).isEqualTo("b".repeat(40));
    assertThat(reported.body().get("branch").asText()).isEqualTo("main");
    assertThat(reported.body().get("git_url").asText())
        .isEqualTo("https://github.com/ada/mnist.git");
    assertThat(reported.body().get("is_dirty").asBoolean()).isTrue();
    assertThat(reported.body().get("created_at").asText()).isEqualTo("2024-03-01T12:00:00Z");
    assertThat(ada.get(path).body()).isEqualTo(reported.body());
    assertThat(bob.get(path).body()).isEqualTo(reported.body());

    Http.Response again = ada.post(path, "{\"commit\": \"" + "d".repeat(7) + "\"}");
    assertThat(again.status()).isEqualTo(201);
    assertThat(ada.get(path).body().get("commit").asText()).isEqualTo("ddddddd");
    assertThat(ada.get(path).body().get("branch").isNull()).isTrue();

    String[][] cases = {
      {"{\"branch\": \"main\"}", "Field 'commit': required; expected a git commit hash"},
      {
        "{\"commit\": \"HEAD~1\"}",
        "Field 'commit': expected a git commit hash, 4 to 64 lowercase hexadecimal characters"
      },
      {
        "{\"commit\": \"abcd\", \"head\": \"x\"}",
        "Field 'head': expected a git commit hash, 4 to 64 lowercase hexadecimal characters"
      },
      {
        "{\"commit\": \"abcd\", \"branch\": \"" + "b".repeat(3000) + "\"}",
        "Field 'branch': at most 2048 characters"
      },
      {"{\"commit\": \"abcd\", \"is_dirty\": \"maybe\"}", "Field 'is_dirty': 'maybe' is not"},
      {"{\"commit\": \"abcd\", \"repo\": 1}", "Unknown field 'repo'; expected one of:"},
    };
    for (String[] c : cases) {
      Http.Response answer = ada.post(path, c[0]);
      assertThat(answer.status()).as(c[0] + ": " + answer.text()).isEqualTo(400);
      assertThat(answer.body().get("detail").asText()).startsWith(c[1]);
    }
    assertThat(bob.post(path, "{\"commit\": \"abcd\"}").status()).isEqualTo(403);
    assertThat(ada.get(path).body().get("commit").asText()).isEqualTo("ddddddd");
  }

  @Test
  void postedLogLinesAreAppendedWithATimestampAsPrintedOnesAre() {
    long id = runs.create(ada, "ada/mnist", "jobs", "echo printed");
    runs.awaitStatus("ada/mnist", "jobs", id, "succeeded");
    String path = "/api/v1/ada/mnist/jobs/" + id + "/logs";

    assertThat(ada.post(path, "\"a string\"").status()).isEqualTo(204);
    assertThat(ada.post(path, "[\"first of a list\", \"second\\nand third\"]").status())
        .isEqualTo(204);
    assertThat(ada.send("POST", path, "plain text\n", "text/plain").status()).isEqualTo(204);

    String log = ada.get(path).text();
    assertThat(log)
        .matches("(?s)\\d{4}-\\d\\d-\\d\\dT[0-9:.]{12}Z printed\\n.*")
        .endsWith(
            "2024-03-01T12:00:00.000Z a string\n"
                + "2024-03-01T12:00:00.000Z first of a list\n"
                + "2024-03-01T12:00:00.000Z second\n"
                + "2024-03-01T12:00:00.000Z and third\n"
                + "2024-03-01T12:00:00.000Z plain text\n");

    String[][] bad = {
      {"{\"lines\": [\"x\"]}", "The body: expected a string or a list of strings"},
      {"[\"x\", 2]", "Field '[1]': expected a string"},
      {"[]", "The body: expected at least one log line"},
      {"\"\"", "The body: expected at least one log line"},
      {"[\"x\"", "Malformed JSON"},
    };
    for (String[] c : bad) {
      Http.Response answer = ada.post(path, c[0]);
      assertThat(answer.status()).as(c[0] + ": " + answer.text()).isEqualTo(400);
      assertThat(answer.contentType()).startsWith("application/problem+json");
      assertThat(answer.body().get("detail").asText()).startsWith(c[1]);
    }
    assertThat(bob.post(path, "[\"not yours\"]").status()).isEqualTo(403);
    assertThat(ada.get(path).text()).isEqualTo(log);
  }

  @Test
  void postedLinesNeverInterleaveWithEachOtherOrWithTheRunsOwnOutput() throws Exception {
    // The run prints as fast as it can until the test leaves a file named stop in its directory.
    long id =
        runs.create(
            ada,
            "ada/mnist",
            "jobs",
            "i=0; while [ ! -e stop ] && [ $i -lt 500000 ]; do i=$((i+1)); echo printed-$i; done");
    runs.awaitStatus("ada/mnist", "jobs", id, "running");
    String path = "/api/v1/ada/mnist/jobs/" + id + "/logs";
    await().atMost(LaunchedRuns.LIMIT).until(() -> ada.get(path).text().contains("printed-100\n"));
    String padding = "x".repeat(300);
    int threads = 8;
    int posts = 20;
    int lines = 30;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<Integer>> answers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      answers.add(
          pool.submit(
              () -> {
                int created = 0;
                for (int p = 0; p < posts; p++) {
                  List<String> batch = new ArrayList<>();
                  for (int l = 0; l < lines; l++) {
                    batch.add("posted-" + thread + "-" + p + "-" + l + " " + padding);
                  }
                  if (ada.post(path, LaunchedRuns.json(batch)).status() == 204) {
                    created++;
                  }
                }
                return created;
              }));
    }
    for (Future<Integer> answer : answers) {
      assertThat(answer.get()).isEqualTo(posts);
    }
    pool.shutdown();
    Path workdir =
        PLATFORM
            .home()
            .resolve("workdirs")
            .resolve(runs.detail("ada/mnist", "jobs", id).get("uuid").asText());
    Files.writeString(workdir.resolve("stop"), "");
    runs.awaitStatus("ada/mnist", "jobs", id, "succeeded");

    Pattern line =
        Pattern.compile(
            "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z (?:printed-(\\d+)|(posted-\\d+-\\d+-\\d+) "
                + padding
                + ")");
    Set<String> posted = new HashSet<>();
    long printed = 0;
    for (String text : ada.get(path).text().split("\n")) {
      Matcher matcher = line.matcher(text);
      assertThat(matcher.matches()).as("a whole line: %s", text).isTrue();
      if (matcher.group(1) != null) {
        assertThat(Long.parseLong(matcher.group(1))).isEqualTo(++printed);
      } else {
        assertThat(posted.add(matcher.group(2))).isTrue();
      }
    }
    assertThat(posted).hasSize(threads * posts * lines);
    assertThat(printed).isGreaterThan(100);
  }

  @Test
  void aRunLogCanBePostedBeforeTheRunWroteAnything() throws IOException {
    long id = runs.create(ada, "ada/mnist", "experiments", "true");
    Http.Response answer = ada.post("/api/v1/ada/mnist/experiments/" + id + "/logs", "[\"early\"]");
    assertThat(answer.status()).as(answer.text()).isEqualTo(204);
    runs.awaitStatus("ada/mnist", "experiments", id, "succeeded");
    assertThat(
            Files.readString(
                PLATFORM.home().resolve("logs/ada/mnist/experiments/" + id + "/run.log")))
        .contains("2024-03-01T12:00:00.000Z early\n");
  }
}

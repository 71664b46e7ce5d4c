# Test fixture of TrackingClientIT (server/src/test/java/.../http/TrackingClientIT.java): a training
# script that tracks itself as the Polyaxon 0.4 tracking client does, through the 0.4 run
# environment and the REST API, with the Python standard library only. It is uploaded as the
# project's code and run by the platform as `python3 track.py`. It exits non-zero on any surprise,
# so the experiment fails and the test sees why in the log.
import json
import os
import sys
import urllib.error
import urllib.request


def fail(message):
    print("track.py: " + message, flush=True)
    sys.exit(3)


def env(name):
    value = os.environ.get(name)
    if not value:
        fail(name + " is not set")
    return value


outputs = env("POLYAXON_RUN_OUTPUTS_PATH")
api = env("POLYAXON_API_HOST")
info = json.loads(env("POLYAXON_EXPERIMENT_INFO"))
declarations = json.loads(env("POLYAXON_DECLARATIONS"))
token = env("POLYAXON_AUTH_TOKEN")
with open(os.path.join(env("POLYAXON_CONTEXT_PATH"), ".authtoken")) as f:
    if f.read() != token:
        fail("the .authtoken file and POLYAXON_AUTH_TOKEN differ")

# 0.4 names: project_name is "<owner>.<project>", experiment_name "<owner>.<project>.<number>".
owner, project = info["project_name"].rsplit(".", 1)
number = int(info["experiment_name"].rsplit(".", 1)[1])
experiments = "%s/api/v1/%s/%s/experiments" % (api, owner, project)


def call(method, path, body=None):
    request = urllib.request.Request(
        experiments + path,
        data=None if body is None else json.dumps(body).encode("utf-8"),
        method=method,
        headers={"Authorization": "Token " + token, "Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


def expect(wanted, answer, what):
    status, body = answer
    if status != wanted:
        fail("%s: expected HTTP %d, got %d %s" % (what, wanted, status, body))
    return body


# Outputs, where the platform serves them from.
os.makedirs(os.path.join(outputs, "checkpoints"), exist_ok=True)
with open(os.path.join(outputs, "checkpoints", "model.txt"), "w") as f:
    f.write("weights for lr=%s\n" % declarations["lr"])
with open(os.path.join(outputs, "summary.json"), "w") as f:
    json.dump({"steps": declarations["steps"]}, f)

# Metrics, one observation per step, as Experiment().log_metrics(...) posts them.
for step in range(declarations["steps"]):
    loss = round(1.0 / (step + 1), 4)
    expect(201, call("POST", "/%d/metrics" % number, {"values": {"loss": loss, "step": step}}),
           "metrics of step %d" % step)

expect(204, call("POST", "/%d/_heartbeat" % number), "heartbeat")
expect(204, call("POST", "/%d/logs" % number, ["posted by track.py"]), "logs")
expect(200, call("GET", "/%d" % number), "reading its own experiment")

# Another experiment of the same project and creator: the run's token must not reach it.
status, body = call("POST", "/%d/metrics" % declarations["other"], {"values": {"loss": 0.0}})
if status != 403:
    fail("posting to experiment %d: expected HTTP 403, got %d %s"
         % (declarations["other"], status, body))
print("track.py: done, the other experiment answered 403", flush=True)

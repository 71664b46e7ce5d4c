package org.polyaxon.server.config;

import static org.polyaxon.server.config.OptionRegistry.add;
import static org.polyaxon.server.config.OptionRegistry.integration;
import static org.polyaxon.server.config.OptionRegistry.perKind;
import static org.polyaxon.server.config.OptionRegistry.seconds;
import static org.polyaxon.server.config.OptionRegistry.secret;
import static org.polyaxon.server.config.OptionTypes.BOOLEAN;
import static org.polyaxon.server.config.OptionTypes.OBJECT;
import static org.polyaxon.server.config.OptionTypes.OBJECT_LIST;
import static org.polyaxon.server.config.OptionTypes.STRING;
import static org.polyaxon.server.config.OptionTypes.STRING_LIST;
import static org.polyaxon.server.config.OptionTypes.STRING_MAP;
import static org.polyaxon.server.config.OptionTypes.TIME_ZONE;
import static org.polyaxon.server.config.OptionTypes.integer;
import static org.polyaxon.server.config.OptionTypes.namedRecords;
import static org.polyaxon.server.config.OptionTypes.oneOf;
import static org.polyaxon.server.config.OptionTypes.record;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The registry of every option the platform reads, in the chart's values vocabulary. The
 * configuration reference ({@code docs/configuration.md}) is generated from this list.
 */
public final class Options {
  private static final String[] VOLUME_FIELDS = {
    "existingClaim",
    "mountPath",
    "hostPath",
    "subPath",
    "readOnly",
    "store",
    "bucket",
    "secret",
    "secretKey"
  };
  private static final String[] NVIDIA_FIELDS = {"lib", "bin", "libcuda"};

  // --- platform ---
  public static final Option<String> EXECUTOR =
      add(
          "executor",
          oneOf("local", "kubernetes"),
          "local",
          "Where runs execute: local processes on this machine, or pods on Kubernetes.",
          "POLYAXON_EXECUTOR");
  public static final Option<String> NAMESPACE =
      add(
          "namespace",
          STRING,
          "polyaxon",
          "Kubernetes namespace in which run pods are created.",
          "POLYAXON_K8S_NAMESPACE");
  public static final Option<ZoneId> TIME_ZONE_OPTION =
      add(
          "timeZone",
          TIME_ZONE,
          ZoneId.of("UTC"),
          "Time zone timestamps are rendered in; they are always stored in UTC.",
          "POLYAXON_TIME_ZONE");
  public static final Option<String> HOST_NAME =
      add(
          "hostName",
          STRING,
          null,
          "Public address absolute links in API answers start with: a host (with an optional port;"
              + " the request's scheme) or a whole origin such as https://polyaxon.example.com."
              + " Unset: the request's Host header.",
          "POLYAXON_API_HOST");
  public static final Option<List<String>> ALLOWED_HOSTS =
      add(
          "allowedHosts",
          STRING_LIST,
          List.of("*"),
          "Host headers the API answers; a leading dot matches sub-domains; * or an empty list matches any.",
          "POLYAXON_ALLOWED_HOSTS");
  public static final Option<Boolean> ADMIN_VIEW_ENABLED =
      add(
          "adminViewEnabled",
          BOOLEAN,
          true,
          "Serve the superusers' admin pages (users, runs) at /_admin; false makes /_admin a 404.",
          "POLYAXON_ADMIN_VIEW_ENABLED");
  public static final Option<Integer> PASSWORD_LENGTH =
      add(
          "passwordLength",
          integer(1, 128),
          8,
          "Minimum length of user passwords.",
          "POLYAXON_PASSWORD_LENGTH");
  public static final Option<String> LOG_LEVEL =
      add(
          "logLevel",
          oneOf("ERROR", "WARN", "INFO", "DEBUG", "TRACE"),
          "INFO",
          "Level of the platform's own log.",
          "POLYAXON_LOG_LEVEL");

  // --- root user ---
  public static final Option<String> USER_USERNAME =
      add(
          "user.username",
          STRING,
          "root",
          "Name of the root superuser created at first start.",
          "POLYAXON_ADMIN_NAME");
  public static final Option<String> USER_EMAIL =
      add(
          "user.email",
          STRING,
          "root@polyaxon.local",
          "E-mail of the root superuser.",
          "POLYAXON_ADMIN_MAIL");
  public static final Option<String> USER_PASSWORD =
      secret(
          "user.password",
          null,
          "Password of the root superuser; empty generates a random one, printed once.",
          "POLYAXON_ADMIN_PASSWORD");

  // --- references runs may use ---
  public static final Option<List<String>> SECRET_REFS =
      add(
          "secretRefs",
          STRING_LIST,
          List.of(),
          "Kubernetes Secrets that Polyaxonfiles may mount through environment.secret_refs.",
          "POLYAXON_REFS_SECRETS");
  public static final Option<List<String>> CONFIGMAP_REFS =
      add(
          "configmapRefs",
          STRING_LIST,
          List.of(),
          "Kubernetes ConfigMaps that Polyaxonfiles may mount through environment.configmap_refs.",
          "POLYAXON_REFS_CONFIG_MAPS");

  // --- GPUs ---
  public static final Option<Map<String, String>> DIRS_NVIDIA =
      add(
          "dirs.nvidia",
          record(NVIDIA_FIELDS),
          Map.of(),
          "Host paths of the NVIDIA driver: lib, bin and libcuda.",
          "POLYAXON_DIRS_NVIDIA");
  public static final Option<Map<String, String>> MOUNT_PATHS_NVIDIA =
      add(
          "mountPaths.nvidia",
          record(NVIDIA_FIELDS),
          Map.of(),
          "Where the NVIDIA paths are mounted in run pods; empty reuses dirs.nvidia.",
          "POLYAXON_MOUNT_PATHS_NVIDIA");

  // --- persistence ---
  public static final Option<Map<String, String>> PERSISTENCE_LOGS =
      add(
          "persistence.logs",
          record(VOLUME_FIELDS),
          Map.of(),
          "Where run logs are stored: a claim, a host path or a bucket. Locally: $POLYAXON_HOME/logs.",
          "POLYAXON_PERSISTENCE_LOGS");
  public static final Option<Map<String, String>> PERSISTENCE_REPOS =
      add(
          "persistence.repos",
          record(VOLUME_FIELDS),
          Map.of(),
          "Where uploaded code is stored. Locally: $POLYAXON_HOME/repos.",
          "POLYAXON_PERSISTENCE_REPOS");
  public static final Option<Map<String, String>> PERSISTENCE_UPLOAD =
      add(
          "persistence.upload",
          record(VOLUME_FIELDS),
          Map.of(),
          "Temporary area for uploads. Locally: $POLYAXON_HOME/upload.",
          "POLYAXON_PERSISTENCE_UPLOAD");
  public static final Option<Map<String, Map<String, String>>> PERSISTENCE_DATA =
      add(
          "persistence.data",
          namedRecords(VOLUME_FIELDS),
          Map.of(),
          "Named data volumes or buckets runs can read (POLYAXON_RUN_DATA_PATHS; a Polyaxonfile's"
              + " environment.persistence.data picks among them). A run on this machine reads"
              + " hostPath, else mountPath; empty: one volume `data` at $POLYAXON_HOME/data.",
          "POLYAXON_PERSISTENCE_DATA");
  public static final Option<Map<String, Map<String, String>>> PERSISTENCE_OUTPUTS =
      add(
          "persistence.outputs",
          namedRecords(VOLUME_FIELDS),
          Map.of(),
          "Named outputs volumes or buckets; the first is the default. Locally: $POLYAXON_HOME/outputs.",
          "POLYAXON_PERSISTENCE_OUTPUTS");

  public static final Option<Integer> UPLOADS_MAX_SIZE_MIB =
      add(
          "uploads.maxSizeMiB",
          integer(1, 1_048_576),
          1024,
          "Largest code upload accepted, in MiB; larger ones are refused with 413. A code archive"
              + " may expand to ten times this.",
          "POLYAXON_UPLOADS_MAX_SIZE_MIB");

  // --- scheduling defaults for run pods ---
  public static final List<Option<Map<String, String>>> NODE_SELECTORS =
      perKind(
          "nodeSelectors",
          STRING_MAP,
          Map.of(),
          "Node selector of %s pods.",
          "POLYAXON_NODE_SELECTOR_");
  public static final List<Option<List<Map<String, Object>>>> TOLERATIONS =
      perKind(
          "tolerations",
          OBJECT_LIST,
          List.of(),
          "Tolerations of %s pods.",
          "POLYAXON_TOLERATIONS_");
  public static final List<Option<Map<String, Object>>> AFFINITY =
      perKind("affinity", OBJECT, Map.of(), "Affinity of %s pods.", "POLYAXON_AFFINITY_");
  public static final Option<List<Map<String, Object>>> TOLERATIONS_RESOURCES_DAEMON =
      add(
          "tolerations.resourcesDaemon",
          OBJECT_LIST,
          List.of(),
          "Tolerations of the resources daemon (chart only).");

  // --- database, redis, registry ---
  public static final Option<String> DATABASE_HOST =
      add(
          "database.host",
          STRING,
          null,
          "PostgreSQL host; empty starts the embedded PostgreSQL under $POLYAXON_HOME/db.",
          "POLYAXON_DB_HOST");
  public static final Option<Integer> DATABASE_PORT =
      add("database.port", integer(1, 65535), 5432, "PostgreSQL port.", "POLYAXON_DB_PORT");
  public static final Option<String> DATABASE_NAME =
      add("database.name", STRING, "polyaxon", "PostgreSQL database name.", "POLYAXON_DB_NAME");
  public static final Option<String> DATABASE_USER =
      add("database.user", STRING, "polyaxon", "PostgreSQL user.", "POLYAXON_DB_USER");
  public static final Option<String> DATABASE_PASSWORD =
      secret(
          "database.password",
          "",
          "PostgreSQL password.",
          "POLYAXON_DB_PASSWORD",
          "POLYAXON_DATABASE_PASSWORD");
  public static final Option<Integer> DATABASE_WAIT_TIMEOUT =
      add(
          "database.waitTimeout",
          integer(0, 3600),
          300,
          "Seconds admin commands wait for an external PostgreSQL that is still starting.",
          "POLYAXON_DB_WAIT_TIMEOUT");
  public static final Option<Boolean> REDIS_ENABLED =
      add(
          "redis.enabled",
          BOOLEAN,
          false,
          "Fan live logs and statuses out through Redis (several API replicas); else PostgreSQL.",
          "POLYAXON_REDIS_ENABLED");
  public static final Option<String> REDIS_HOST =
      add("redis.host", STRING, "127.0.0.1", "Redis host.", "POLYAXON_REDIS_HOST");
  public static final Option<Integer> REDIS_PORT =
      add("redis.port", integer(1, 65535), 6379, "Redis port.", "POLYAXON_REDIS_PORT");
  public static final Option<String> REDIS_PASSWORD =
      secret("redis.password", "", "Redis password.", "POLYAXON_REDIS_PASSWORD");
  public static final Option<String> REGISTRY_HOST =
      add(
          "registry.host",
          STRING,
          null,
          "Docker registry builds push to.",
          "POLYAXON_REGISTRY_HOST");
  public static final Option<Integer> REGISTRY_PORT =
      add(
          "registry.port",
          integer(1, 65535),
          5000,
          "Docker registry port.",
          "POLYAXON_REGISTRY_PORT");

  // --- Kubernetes release ---
  public static final Option<String> RELEASE_NAME =
      add(
          "release.name",
          STRING,
          "polyaxon",
          "Helm release the platform belongs to.",
          "POLYAXON_RELEASE_NAME");
  public static final Option<Boolean> REGISTRY_IN_CLUSTER =
      add(
          "registry.inCluster",
          BOOLEAN,
          false,
          "The registry runs in the cluster (the chart's docker-registry sub-chart).",
          "POLYAXON_REGISTRY_IN_CLUSTER");
  public static final Option<Integer> REGISTRY_NODE_PORT =
      add(
          "registry.nodePort",
          integer(1, 65535),
          31813,
          "Node port nodes pull in-cluster built images from.",
          "POLYAXON_REGISTRY_NODE_PORT");
  public static final Option<String> REGISTRY_USER =
      add("registry.user", STRING, "", "Registry user.", "POLYAXON_REGISTRY_USER");
  public static final Option<String> REGISTRY_PASSWORD =
      secret("registry.password", "", "Registry password.", "POLYAXON_REGISTRY_PASSWORD");
  public static final Option<String> RELEASE_FULLNAME =
      add(
          "release.fullname",
          STRING,
          "polyaxon-polyaxon",
          "Prefix of the chart's object names (<release>-polyaxon).",
          "POLYAXON_K8S_APP_NAME");
  public static final Option<String> RELEASE_CHART_VERSION =
      add(
          "release.chartVersion",
          STRING,
          null,
          "Version of the chart that rendered this configuration.",
          "POLYAXON_CHART_VERSION");
  public static final Option<Map<String, String>> RUN_LABELS =
      add(
          "runLabels",
          STRING_MAP,
          Map.of("app.kubernetes.io/managed-by", "polyaxon"),
          "Labels on every run pod and service; clean-up deletes by them.",
          "POLYAXON_RUN_LABELS");
  public static final Option<Integer> API_PORT =
      add(
          "api.port",
          integer(1, 65535),
          8000,
          "Port the API container listens on.",
          "POLYAXON_API_PORT");
  public static final Option<Integer> API_EXTERNAL_PORT =
      add(
          "api.externalPort",
          integer(1, 65535),
          80,
          "Port of the API Service.",
          "POLYAXON_K8S_API_HTTP_PORT");
  public static final Option<Integer> API_STREAMS_EXTERNAL_PORT =
      add(
          "api.streamsExternalPort",
          integer(1, 65535),
          1337,
          "Port of the streams on the API Service.",
          "POLYAXON_K8S_API_WS_PORT");
  public static final Option<String> API_SERVICE_NAME =
      add(
          "api.serviceName",
          STRING,
          null,
          "Name of the API Service in the cluster.",
          "POLYAXON_K8S_API_HOST");
  public static final Option<String> API_IN_CLUSTER_URL =
      add(
          "api.inClusterUrl",
          STRING,
          null,
          "URL run pods reach the API at (POLYAXON_API_HOST of runs); locally the server's own address.",
          "POLYAXON_API_IN_CLUSTER_URL");
  public static final Option<String> API_IN_CLUSTER_WS_URL =
      add(
          "api.inClusterWsUrl",
          STRING,
          null,
          "Websocket URL run pods reach the streams at.",
          "POLYAXON_API_IN_CLUSTER_WS_URL");
  public static final Option<String> RELEASE_NAMESPACE =
      add(
          "release.namespace",
          STRING,
          "polyaxon",
          "Namespace of the Helm release.",
          "POLYAXON_RELEASE_NAMESPACE");
  public static final Option<String> SERVICE_ACCOUNT_RUNS =
      add(
          "serviceAccounts.runs",
          STRING,
          null,
          "Service account of run pods.",
          "POLYAXON_K8S_SERVICE_ACCOUNT_EXPERIMENTS");
  public static final Option<String> SECRET_KEY =
      secret(
          "secretKey",
          null,
          "Key that signs sessions; empty generates one kept in $POLYAXON_HOME.",
          "POLYAXON_SECRET_KEY");

  // --- e-mail and integrations ---
  public static final Option<String> EMAIL_HOST =
      add("email.host", STRING, "smtp", "SMTP host for notifications.", "POLYAXON_EMAIL_HOST");
  public static final Option<Integer> EMAIL_PORT =
      add("email.port", integer(1, 65535), 25, "SMTP port.", "POLYAXON_EMAIL_PORT");
  public static final Option<Boolean> EMAIL_USE_TLS =
      add("email.useTls", BOOLEAN, false, "Use STARTTLS.", "POLYAXON_EMAIL_USE_TLS");
  public static final Option<String> EMAIL_HOST_USER =
      add("email.hostUser", STRING, "", "SMTP user.", "POLYAXON_EMAIL_HOST_USER");
  public static final Option<String> EMAIL_HOST_PASSWORD =
      secret(
          "email.hostPassword",
          "",
          "SMTP password.",
          "POLYAXON_EMAIL_HOST_PASSWORD",
          "POLYAXON_EMAIL_PASSWORD");
  public static final Option<String> EMAIL_FROM =
      add(
          "email.from",
          STRING,
          "polyaxon@localhost",
          "Sender of notification e-mails.",
          "POLYAXON_EMAIL_FROM");
  public static final Option<String> EMAIL_SUBJECT_PREFIX =
      add(
          "email.subjectPrefix",
          STRING,
          "[Polyaxon]",
          "Prefix of e-mail subjects.",
          "POLYAXON_EMAIL_SUBJECT_PREFIX");
  public static final List<Option<List<Map<String, Object>>>> INTEGRATIONS =
      List.of(
          integration("slack", "POLYAXON_INTEGRATIONS_SLACK_WEBHOOKS"),
          integration("hipchat", "POLYAXON_INTEGRATIONS_HIPCHAT_WEBHOOKS"),
          integration("mattermost", "POLYAXON_INTEGRATIONS_MATTERMOST_WEBHOOKS"),
          integration("discord", "POLYAXON_INTEGRATIONS_DISCORD_WEBHOOKS"),
          integration("pagerduty", "POLYAXON_INTEGRATIONS_PAGER_DUTY_WEBHOOKS"),
          integration("webhooks", "POLYAXON_INTEGRATIONS_WEBHOOKS"));

  // --- intervals and time-to-live ---
  public static final Option<Integer> INTERVAL_EXPERIMENTS_SCHEDULER =
      seconds("intervals.experimentsScheduler", 15, "How often the scheduler reconciles runs.");
  public static final Option<Integer> INTERVAL_EXPERIMENTS_SYNC =
      seconds(
          "intervals.experimentsSync", 60, "How often run statuses are re-read from the executor.");
  public static final Option<Integer> INTERVAL_CLUSTERS_UPDATE_SYSTEM_INFO =
      seconds(
          "intervals.clustersUpdateSystemInfo", 150, "How often cluster information is refreshed.");
  public static final Option<Integer> INTERVAL_CLUSTERS_UPDATE_SYSTEM_NODES =
      seconds("intervals.clustersUpdateSystemNodes", 150, "How often the node list is refreshed.");
  public static final Option<Integer> INTERVAL_PIPELINES_SCHEDULER =
      seconds(
          "intervals.pipelinesScheduler",
          60,
          "Accepted for compatibility; pipelines do not exist here.");
  public static final Option<Integer> INTERVAL_OPERATIONS_DEFAULT_RETRY_DELAY =
      seconds(
          "intervals.operationsDefaultRetryDelay",
          60,
          "First delay before a failed operation is retried.");
  public static final Option<Integer> INTERVAL_OPERATIONS_MAX_RETRY_DELAY =
      seconds("intervals.operationsMaxRetryDelay", 3600, "Longest delay between retries.");
  public static final Option<Integer> CLEANING_ARCHIVED_DAYS =
      add(
          "cleaningIntervals.archived",
          integer(1, 3650),
          7,
          "Days after which archived entities are deleted for good.",
          "POLYAXON_CLEANING_INTERVALS_ARCHIVED");
  public static final Option<Integer> TTL_TOKEN_DAYS =
      add("ttl.token", integer(1, 36500), 30, "Days an API token lives.", "POLYAXON_TTL_TOKEN");
  public static final Option<Integer> TTL_EPHEMERAL_TOKEN =
      add(
          "ttl.ephemeralToken",
          integer(1, 86400),
          3600,
          "Seconds a one-shot token lives.",
          "POLYAXON_TTL_EPHEMERAL_TOKEN");
  public static final Option<Integer> TTL_HEARTBEAT =
      add(
          "ttl.heartbeat",
          integer(1, 86400),
          300,
          "Seconds without a heartbeat after which a running run that sent one before, and whose"
              + " process the executor cannot see, is failed as a zombie.",
          "POLYAXON_TTL_HEARTBEAT");
  public static final Option<Integer> TTL_WATCH_STATUSES =
      add(
          "ttl.watchStatuses",
          integer(1, 86400),
          120,
          "Seconds a status watch may stay silent before it is re-established.",
          "POLYAXON_TTL_WATCH_STATUSES");

  private Options() {}

  /** Values keys (dotted) that only the Helm chart acts on. */
  public static Set<String> chartOnlyKeys() {
    return ChartOnlyKeys.KEYS;
  }

  /** Every option, in the order of the configuration reference. */
  public static List<Option<?>> all() {
    return OptionRegistry.all();
  }
}

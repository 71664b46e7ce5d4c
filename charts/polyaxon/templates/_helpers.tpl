{{/* Chart name, overridable with nameOverride. */}}
{{- define "polyaxon.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* <release>-polyaxon, overridable with fullnameOverride; the 0.4 chart's naming. */}}
{{- define "polyaxon.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name (include "polyaxon.name" .) | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "polyaxon.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Labels of every object; call with (dict "ctx" $ "component" "api"). */}}
{{- define "polyaxon.labels" -}}
helm.sh/chart: {{ include "polyaxon.chart" .ctx }}
{{ include "polyaxon.selectorLabels" . }}
app.kubernetes.io/version: {{ .ctx.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .ctx.Release.Service }}
app.kubernetes.io/part-of: polyaxon
{{- end -}}

{{- define "polyaxon.selectorLabels" -}}
app.kubernetes.io/name: {{ include "polyaxon.name" .ctx }}
app.kubernetes.io/instance: {{ .ctx.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{/* Namespace of the run pods: `namespace`, else the release namespace. */}}
{{- define "polyaxon.runsNamespace" -}}
{{- default .Release.Namespace .Values.namespace -}}
{{- end -}}

{{- define "polyaxon.coreServiceAccount" -}}
{{- printf "%s" (include "polyaxon.fullname" .) -}}
{{- end -}}

{{- define "polyaxon.runsServiceAccount" -}}
{{- printf "%s-runs" (include "polyaxon.fullname" .) -}}
{{- end -}}

{{/* image:tag of a component block; call with (dict "ctx" $ "c" .Values.api). */}}
{{- define "polyaxon.image" -}}
{{- $tag := .c.imageTag | default .ctx.Chart.AppVersion -}}
{{- printf "%s:%s" (.c.image | default "polyaxon/polyaxon-jvm") (toString $tag) -}}
{{- end -}}

{{/* Container resources: requests always, limits only when limitResources. */}}
{{- define "polyaxon.resources" -}}
{{- $r := .r | default dict -}}
{{- $out := dict -}}
{{- if $r.requests }}{{- $_ := set $out "requests" $r.requests -}}{{- end -}}
{{- if and .ctx.Values.limitResources $r.limits }}{{- $_ := set $out "limits" $r.limits -}}{{- end -}}
{{- if $out }}
resources:
{{- toYaml $out | nindent 2 }}
{{- end -}}
{{- end -}}

{{/* nodeSelector, tolerations and affinity of core pods and hook Jobs. */}}
{{- define "polyaxon.coreScheduling" -}}
{{- with .Values.nodeSelectors.core }}
nodeSelector:
{{- toYaml . | nindent 2 }}
{{- end }}
{{- with .Values.tolerations.core }}
tolerations:
{{- toYaml . | nindent 2 }}
{{- end }}
{{- with .Values.affinity.core }}
affinity:
{{- toYaml . | nindent 2 }}
{{- end }}
{{- end -}}

{{/* The registry settings: `registry.*` (0.4 README alias) over `docker-registry.*`. */}}
{{- define "polyaxon.registryValues" -}}
{{- $base := deepCopy (index .Values "docker-registry" | default dict) -}}
{{- $alias := deepCopy (.Values.registry | default dict) -}}
{{- toYaml (mergeOverwrite $base $alias) -}}
{{- end -}}

{{- define "polyaxon.registryEnabled" -}}
{{- $reg := include "polyaxon.registryValues" . | fromYaml -}}
{{- if hasKey $reg "enabled" }}{{ ternary "true" "" (eq (toString $reg.enabled) "true") }}{{ end -}}
{{- end -}}

{{/* Database connection (no password). */}}
{{- define "polyaxon.database" -}}
{{- $pg := .Values.postgresql -}}
{{- if $pg.enabled -}}
host: {{ printf "%s-postgresql" .Release.Name | trunc 63 | trimSuffix "-" }}
port: 5432
{{- else -}}
host: {{ required "postgresql.externalPostgresHost is required when postgresql.enabled is false" $pg.externalPostgresHost }}
port: {{ $pg.externalPostgresPort | default 5432 }}
{{- end }}
name: {{ $pg.postgresDatabase | default "polyaxon" }}
user: {{ $pg.postgresUser | default "polyaxon" }}
waitTimeout: {{ $pg.waitTimeout | default 300 }}
{{- end -}}

{{- define "polyaxon.redis" -}}
{{- $r := .Values.redis | default dict -}}
{{- $ext := $r.external | default dict -}}
{{- if $r.enabled -}}
enabled: true
host: {{ printf "%s-redis" .Release.Name | trunc 63 | trimSuffix "-" }}
port: 6379
{{- else if $ext.host -}}
enabled: true
host: {{ $ext.host }}
port: {{ $ext.port | default 6379 }}
{{- else -}}
enabled: false
{{- end -}}
{{- end -}}

{{- define "polyaxon.registry" -}}
{{- $reg := include "polyaxon.registryValues" . | fromYaml -}}
{{- $ext := $reg.external | default dict -}}
{{- $auth := $reg.auth | default dict -}}
{{- if include "polyaxon.registryEnabled" . -}}
inCluster: true
host: {{ printf "%s-docker-registry" .Release.Name | trunc 63 | trimSuffix "-" }}
port: {{ (($reg.service | default dict).port) | default 5000 }}
{{- with (($reg.service | default dict).nodePort) }}
nodePort: {{ . }}
{{- end }}
{{- else if $ext.host -}}
inCluster: false
host: {{ $ext.host }}
{{- with $ext.port }}
port: {{ . }}
{{- end }}
{{- else -}}
inCluster: false
{{- end }}
{{- with $auth.user }}
user: {{ . }}
{{- end }}
{{- end -}}

{{/* Volume spec of one persistence entry: PVC, else hostPath (hostPath or mountPath). */}}
{{- define "polyaxon.volumeSource" -}}
{{- if .existingClaim -}}
persistentVolumeClaim:
  claimName: {{ .existingClaim }}
  {{- if .readOnly }}
  readOnly: true
  {{- end }}
{{- else -}}
hostPath:
  path: {{ .hostPath | default .mountPath }}
  type: DirectoryOrCreate
{{- end -}}
{{- end -}}

{{- define "polyaxon.volumeName" -}}
{{- printf "%s-%s" .prefix .name | lower | replace "_" "-" | replace "." "-" | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* The outputs entries in use: persistence.outputs, else defaultPersistence.outputs. */}}
{{- define "polyaxon.outputs" -}}
{{- toYaml (.Values.persistence.outputs | default (.Values.defaultPersistence.outputs | default dict)) -}}
{{- end -}}

{{- define "polyaxon.data" -}}
{{- toYaml (.Values.persistence.data | default (.Values.defaultPersistence.data | default dict)) -}}
{{- end -}}

{{- define "polyaxon.nvidiaEnabled" -}}
{{- $d := .Values.dirs.nvidia | default dict -}}
{{- if and $d.lib $d.bin $d.libcuda }}true{{ end -}}
{{- end -}}

{{/* Generated secret values are computed once per render and kept across upgrades. */}}
{{- define "polyaxon.secretValue" -}}
{{- $ctx := .ctx -}}
{{- $cache := $ctx.Values._polyaxonGenerated | default dict -}}
{{- if not (hasKey $cache .key) -}}
{{- $existing := lookup "v1" "Secret" $ctx.Release.Namespace (printf "%s-secret" (include "polyaxon.fullname" $ctx)) | default dict -}}
{{- $data := $existing.data | default dict -}}
{{- if .value -}}
{{- $_ := set $cache .key (toString .value | b64enc) -}}
{{- else if index $data .key -}}
{{- $_ := set $cache .key (index $data .key) -}}
{{- else -}}
{{- $_ := set $cache .key (randAlphaNum (int .length) | b64enc) -}}
{{- end -}}
{{- $_ := set $ctx.Values "_polyaxonGenerated" $cache -}}
{{- end -}}
{{- index $cache .key -}}
{{- end -}}

{{/* The platform configuration file, in the values' own key vocabulary. */}}
{{- define "polyaxon.configFile" -}}
{{- $v := .Values -}}
executor: kubernetes
release:
  name: {{ .Release.Name }}
  namespace: {{ .Release.Namespace }}
  fullname: {{ include "polyaxon.fullname" . }}
  chartVersion: {{ .Chart.Version | quote }}
namespace: {{ include "polyaxon.runsNamespace" . }}
timeZone: {{ $v.timeZone | default "UTC" | quote }}
{{- /* As 0.4's POLYAXON_API_HOST: the ingress host when the ingress serves one, else hostName. */}}
{{- $publicHost := $v.hostName }}
{{- if and $v.ingress.enabled $v.ingress.hostName }}
{{- $publicHost = printf "%s://%s" (ternary "https" "http" (not (empty $v.ingress.tls))) $v.ingress.hostName }}
{{- end }}
{{- with $publicHost }}
hostName: {{ . | quote }}
{{- end }}
allowedHosts:
{{- toYaml ($v.allowedHosts | default list) | nindent 2 }}
adminViewEnabled: {{ $v.adminViewEnabled }}
passwordLength: {{ $v.passwordLength | default 8 }}
logLevel: {{ $v.logLevel | default "INFO" | quote }}
user:
  username: {{ $v.user.username | default "root" | quote }}
  email: {{ $v.user.email | default "root@polyaxon.local" | quote }}
api:
  port: 8000
  externalPort: {{ $v.api.service.externalPort | default 80 }}
  streamsExternalPort: {{ $v.streams.service.externalPort | default 1337 }}
  serviceName: {{ include "polyaxon.fullname" . }}-api
  inClusterUrl: {{ printf "http://%s-api.%s.svc:%v" (include "polyaxon.fullname" .) .Release.Namespace ($v.api.service.externalPort | default 80) }}
  inClusterWsUrl: {{ printf "ws://%s-api.%s.svc:%v" (include "polyaxon.fullname" .) .Release.Namespace ($v.streams.service.externalPort | default 1337) }}
{{- if $v.ingress.enabled }}
ingress:
  enabled: true
  {{- with $v.ingress.hostName }}
  hostName: {{ . | quote }}
  {{- end }}
  tls: {{ not (empty $v.ingress.tls) }}
{{- end }}
persistence:
  logs:
    {{- toYaml ($v.persistence.logs | default dict) | nindent 4 }}
  repos:
    {{- toYaml ($v.persistence.repos | default dict) | nindent 4 }}
  upload:
    {{- toYaml ($v.persistence.upload | default dict) | nindent 4 }}
  data:
    {{- include "polyaxon.data" . | nindent 4 }}
  outputs:
    {{- include "polyaxon.outputs" . | nindent 4 }}
nodeSelectors:
  {{- toYaml ($v.nodeSelectors | default dict) | nindent 2 }}
tolerations:
  {{- toYaml ($v.tolerations | default dict) | nindent 2 }}
affinity:
  {{- toYaml ($v.affinity | default dict) | nindent 2 }}
dirs:
  {{- toYaml ($v.dirs | default dict) | nindent 2 }}
mountPaths:
  {{- toYaml ($v.mountPaths | default dict) | nindent 2 }}
secretRefs:
{{- toYaml ($v.secretRefs | default list) | nindent 2 }}
configmapRefs:
{{- toYaml ($v.configmapRefs | default list) | nindent 2 }}
email:
  {{- toYaml (omit ($v.email | default dict) "hostPassword") | nindent 2 }}
integrations:
  {{- toYaml ($v.integrations | default dict) | nindent 2 }}
intervals:
  {{- toYaml ($v.intervals | default dict) | nindent 2 }}
ttl:
  {{- toYaml ($v.ttl | default dict) | nindent 2 }}
cleaningIntervals:
  {{- toYaml ($v.cleaningIntervals | default dict) | nindent 2 }}
resourcesDaemon:
  enabled: {{ $v.resourcesDaemon.enabled | default false }}
limitResources: {{ $v.limitResources | default false }}
rbac:
  enabled: {{ $v.rbac.enabled }}
database:
  {{- include "polyaxon.database" . | nindent 2 }}
redis:
  {{- include "polyaxon.redis" . | nindent 2 }}
registry:
  {{- include "polyaxon.registry" . | nindent 2 }}
serviceAccounts:
  {{- if $v.rbac.enabled }}
  runs: {{ include "polyaxon.runsServiceAccount" . }}
  {{- else }}
  runs: ""
  {{- end }}
runLabels:
  app.kubernetes.io/managed-by: polyaxon
  polyaxon.com/release: {{ .Release.Name }}
{{- end -}}

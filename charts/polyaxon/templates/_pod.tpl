{{/* Shared pieces of the core pods (API, scheduler) and hook Jobs. */}}

{{- define "polyaxon.podAnnotations" -}}
checksum/config: {{ include (print .Template.BasePath "/configmap.yaml") . | sha256sum }}
checksum/secret: {{ include (print .Template.BasePath "/secret.yaml") . | sha256sum }}
{{- end -}}

{{/* Env of every platform container: secrets by key, node name, store credentials. */}}
{{- define "polyaxon.env" -}}
{{- $secret := printf "%s-secret" (include "polyaxon.fullname" .ctx) -}}
{{- $reg := include "polyaxon.registryValues" .ctx | fromYaml -}}
- name: POLYAXON_K8S_NODE_NAME
  valueFrom:
    fieldRef:
      fieldPath: spec.nodeName
- name: POLYAXON_K8S_POD_NAME
  valueFrom:
    fieldRef:
      fieldPath: metadata.name
{{- range $key := list "POLYAXON_ADMIN_PASSWORD" "POLYAXON_SECRET_KEY" "POLYAXON_DATABASE_PASSWORD" }}
- name: {{ $key }}
  valueFrom:
    secretKeyRef:
      name: {{ $secret }}
      key: {{ $key }}
{{- end }}
{{- if and .ctx.Values.redis.usePassword .ctx.Values.redis.password }}
- name: POLYAXON_REDIS_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ $secret }}
      key: POLYAXON_REDIS_PASSWORD
{{- end }}
{{- if (.ctx.Values.email | default dict).hostPassword }}
- name: POLYAXON_EMAIL_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ $secret }}
      key: POLYAXON_EMAIL_PASSWORD
{{- end }}
{{- if ($reg.auth | default dict).password }}
- name: POLYAXON_REGISTRY_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ $secret }}
      key: POLYAXON_REGISTRY_PASSWORD
{{- end }}
{{- include "polyaxon.storeEnv" . }}
{{- end -}}

{{/* Bucket credentials: env `<secretKey>` from Secret `<secret>`, for every store entry the pod serves. */}}
{{- define "polyaxon.storeEnv" -}}
{{- $seen := dict -}}
{{- $entries := list (.ctx.Values.persistence.logs | default dict) -}}
{{- if .outputs -}}
{{- range $name, $o := (include "polyaxon.outputs" .ctx | fromYaml) }}{{ $entries = append $entries ($o | default dict) }}{{ end -}}
{{- end -}}
{{- range $e := $entries }}
{{- if and $e.store $e.secret $e.secretKey (not (hasKey $seen $e.secretKey)) }}
{{- $_ := set $seen $e.secretKey true }}
- name: {{ $e.secretKey }}
  valueFrom:
    secretKeyRef:
      name: {{ $e.secret }}
      key: {{ $e.secretKey }}
{{- end }}
{{- end }}
{{- end -}}

{{/* Volumes of a core pod; call with (dict "ctx" $ "outputs" bool "upload" bool). */}}
{{- define "polyaxon.volumes" -}}
- name: config
  configMap:
    name: {{ include "polyaxon.fullname" .ctx }}-config
{{- range $key := list "logs" "repos" "upload" }}
{{- $p := index ($.ctx.Values.persistence | default dict) $key | default dict }}
{{- if and (or (ne $key "upload") $.upload) (not $p.store) }}
- name: {{ $key }}
  {{- include "polyaxon.volumeSource" $p | nindent 2 }}
{{- end }}
{{- end }}
{{- if .outputs }}
{{- range $name, $o := (include "polyaxon.outputs" .ctx | fromYaml) }}
{{- if not ($o | default dict).store }}
- name: {{ include "polyaxon.volumeName" (dict "prefix" "outputs" "name" $name) }}
  {{- include "polyaxon.volumeSource" $o | nindent 2 }}
{{- end }}
{{- end }}
{{- end }}
{{- end -}}

{{- define "polyaxon.volumeMounts" -}}
- name: config
  mountPath: /etc/polyaxon
  readOnly: true
{{- range $key := list "logs" "repos" "upload" }}
{{- $p := index ($.ctx.Values.persistence | default dict) $key | default dict }}
{{- if and (or (ne $key "upload") $.upload) (not $p.store) }}
- name: {{ $key }}
  mountPath: {{ $p.mountPath | default (printf "/polyaxon-%s" $key) }}
  {{- with $p.subPath }}
  subPath: {{ . }}
  {{- end }}
{{- end }}
{{- end }}
{{- if .outputs }}
{{- range $name, $o := (include "polyaxon.outputs" .ctx | fromYaml) }}
{{- $o = $o | default dict }}
{{- if not $o.store }}
- name: {{ include "polyaxon.volumeName" (dict "prefix" "outputs" "name" $name) }}
  mountPath: {{ required (printf "persistence.outputs.%s.mountPath is required" $name) $o.mountPath }}
  {{- with $o.subPath }}
  subPath: {{ . }}
  {{- end }}
  {{- if $o.readOnly }}
  readOnly: true
  {{- end }}
{{- end }}
{{- end }}
{{- end }}
{{- end -}}

{{/* Init container that applies the database migrations (waits for the database first). */}}
{{- define "polyaxon.migrateInitContainer" -}}
- name: migrate
  image: {{ include "polyaxon.image" (dict "ctx" .ctx "c" .ctx.Values.hooks) }}
  imagePullPolicy: {{ .ctx.Values.hooks.imagePullPolicy | default "IfNotPresent" }}
  args: ["admin", "migrate", "--config", "/etc/polyaxon/polyaxon.yaml"]
  env:
    {{- include "polyaxon.env" (dict "ctx" .ctx) | nindent 4 }}
  volumeMounts:
    - name: config
      mountPath: /etc/polyaxon
      readOnly: true
  {{- with (include "polyaxon.resources" (dict "ctx" .ctx "r" .ctx.Values.hooks.resources)) }}{{ . | trim | nindent 2 }}{{- end }}
  securityContext:
    {{- include "polyaxon.containerSecurityContext" . | nindent 4 }}
{{- end -}}

{{/*
hostPath directories are created by the kubelet as root; the platform runs as uid 1000. When a
core pod mounts one, a root init container gives the directory to uid 1000 (not recursive).
Call with (dict "ctx" $ "outputs" bool "upload" bool).
*/}}
{{- define "polyaxon.hostPathOwnerInit" -}}
{{- $paths := list -}}
{{- range $key := list "logs" "repos" "upload" }}
{{- $p := index ($.ctx.Values.persistence | default dict) $key | default dict }}
{{- if and (or (ne $key "upload") $.upload) (not $p.store) (not $p.existingClaim) }}
{{- $paths = append $paths ($p.mountPath | default (printf "/polyaxon-%s" $key)) }}
{{- end }}
{{- end }}
{{- if .outputs }}
{{- range $name, $o := (include "polyaxon.outputs" .ctx | fromYaml) }}
{{- $o = $o | default dict }}
{{- if and (not $o.store) (not $o.existingClaim) (not $o.readOnly) }}
{{- $paths = append $paths $o.mountPath }}
{{- end }}
{{- end }}
{{- end }}
{{- if and $paths .ctx.Values.persistence.hostPathOwner }}
- name: host-path-owner
  image: {{ include "polyaxon.image" (dict "ctx" .ctx "c" .ctx.Values.hooks) }}
  imagePullPolicy: {{ .ctx.Values.hooks.imagePullPolicy | default "IfNotPresent" }}
  command: ["chown", "1000:1000", {{ range $i, $p := $paths }}{{ if $i }}, {{ end }}{{ $p | quote }}{{ end }}]
  securityContext:
    runAsNonRoot: false
    runAsUser: 0
    allowPrivilegeEscalation: false
    capabilities:
      drop: ["ALL"]
      add: ["CHOWN"]
  volumeMounts:
    {{- $mounts := include "polyaxon.volumeMounts" . | fromYamlArray }}
    {{- range $m := $mounts }}
    {{- if has $m.mountPath $paths }}
    - name: {{ $m.name }}
      mountPath: {{ $m.mountPath }}
      {{- with $m.subPath }}
      subPath: {{ . }}
      {{- end }}
    {{- end }}
    {{- end }}
{{- end }}
{{- end -}}

{{- define "polyaxon.podSecurityContext" -}}
runAsNonRoot: true
runAsUser: 1000
runAsGroup: 1000
fsGroup: 1000
{{- end -}}

{{- define "polyaxon.containerSecurityContext" -}}
allowPrivilegeEscalation: false
capabilities:
  drop: ["ALL"]
{{- end -}}

{{- define "polyaxon.probes" -}}
readinessProbe:
  httpGet:
    path: /_health
    port: http
  initialDelaySeconds: 5
  periodSeconds: 10
  timeoutSeconds: 3
  failureThreshold: 3
livenessProbe:
  httpGet:
    path: /_health
    port: http
  initialDelaySeconds: 60
  periodSeconds: 20
  timeoutSeconds: 3
  failureThreshold: 6
{{- end -}}

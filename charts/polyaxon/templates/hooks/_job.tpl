{{/* A hook Job; call with (dict "ctx" $ "name" "migrate" "hook" "pre-upgrade" "weight" "0" "args" (list ...) "config" "<configmap>" "serviceAccount" bool). */}}
{{- define "polyaxon.hookJob" -}}
{{- $ctx := .ctx -}}
apiVersion: batch/v1
kind: Job
metadata:
  name: {{ include "polyaxon.fullname" $ctx }}-{{ .name }}
  labels:
    {{- include "polyaxon.labels" (dict "ctx" $ctx "component" (printf "hook-%s" .name)) | nindent 4 }}
  annotations:
    helm.sh/hook: {{ .hook }}
    helm.sh/hook-weight: {{ .weight | quote }}
    helm.sh/hook-delete-policy: before-hook-creation,hook-succeeded
spec:
  activeDeadlineSeconds: {{ $ctx.Values.hooks.activeDeadlineSeconds | default 600 }}
  backoffLimit: {{ $ctx.Values.hooks.backoffLimit | default 2 }}
  template:
    metadata:
      labels:
        {{- include "polyaxon.selectorLabels" (dict "ctx" $ctx "component" (printf "hook-%s" .name)) | nindent 8 }}
        type: polyaxon-core
    spec:
      restartPolicy: Never
      {{- if and .serviceAccount $ctx.Values.rbac.enabled }}
      serviceAccountName: {{ include "polyaxon.coreServiceAccount" $ctx }}
      {{- else }}
      automountServiceAccountToken: false
      {{- end }}
      securityContext:
        {{- include "polyaxon.podSecurityContext" $ctx | nindent 8 }}
      {{- with (include "polyaxon.coreScheduling" $ctx) }}{{ . | trim | nindent 6 }}{{- end }}
      containers:
        - name: {{ .name }}
          image: {{ include "polyaxon.image" (dict "ctx" $ctx "c" $ctx.Values.hooks) }}
          imagePullPolicy: {{ $ctx.Values.hooks.imagePullPolicy | default "IfNotPresent" }}
          args:
            {{- toYaml .args | nindent 12 }}
          env:
            {{- if .secret }}
            - name: POLYAXON_DATABASE_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: {{ .secret }}
                  key: POLYAXON_DATABASE_PASSWORD
            {{- else }}
            {{- include "polyaxon.env" (dict "ctx" $ctx) | nindent 12 }}
            {{- end }}
          volumeMounts:
            - name: config
              mountPath: /etc/polyaxon
              readOnly: true
          {{- with (include "polyaxon.resources" (dict "ctx" $ctx "r" $ctx.Values.hooks.resources)) }}{{ . | trim | nindent 10 }}{{- end }}
          securityContext:
            {{- include "polyaxon.containerSecurityContext" $ctx | nindent 12 }}
      volumes:
        - name: config
          configMap:
            name: {{ .config }}
{{- end -}}

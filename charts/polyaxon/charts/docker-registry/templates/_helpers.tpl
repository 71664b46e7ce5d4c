{{- define "docker-registry.fullname" -}}
{{- printf "%s-docker-registry" .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- define "docker-registry.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{ include "docker-registry.selectorLabels" . }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: polyaxon
{{- end -}}
{{- define "docker-registry.selectorLabels" -}}
app.kubernetes.io/name: docker-registry
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

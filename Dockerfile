# syntax=docker/dockerfile:1
# The one image of Polyaxon on the JVM: every role (api, scheduler, admin hooks) runs from it.
#   docker build -t polyaxon/polyaxon-jvm:0.1.0 .

# ---- build: the server jar and its runtime libraries ----
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B --no-transfer-progress -DskipTests -Dspotless.check.skip=true package -pl server -am

# ---- run: a JRE, the jar, a non-root user ----
FROM eclipse-temurin:17-jre
# Ubuntu-based images ship a user with uid 1000 ("ubuntu"); the chart runs as uid 1000.
RUN (userdel --remove ubuntu 2>/dev/null || true) \
    && groupadd --gid 1000 polyaxon \
    && useradd --uid 1000 --gid 1000 --no-create-home --home-dir /var/lib/polyaxon --shell /usr/sbin/nologin polyaxon \
    && mkdir -p /opt/polyaxon /var/lib/polyaxon /etc/polyaxon \
    && chown 1000:1000 /var/lib/polyaxon
COPY --from=build /src/server/target/polyaxon.jar /opt/polyaxon/polyaxon.jar
COPY --from=build /src/server/target/lib/ /opt/polyaxon/lib/
ENV POLYAXON_HOME=/var/lib/polyaxon \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
USER 1000:1000
WORKDIR /var/lib/polyaxon
EXPOSE 8000
ENTRYPOINT ["java", "-jar", "/opt/polyaxon/polyaxon.jar"]
# Standalone: everything in one process on an embedded PostgreSQL. The chart passes its own args.
CMD ["server", "--host", "0.0.0.0", "--port", "8000"]

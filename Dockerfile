# syntax=docker/dockerfile:1
# One image recipe for the three services, from the jar that `./mvnw -B -DskipTests package` leaves in
# <service>/target/ (the image does not build it). Used by docker-compose.yml; on its own:
#   docker build --build-arg SERVICE=intake-service --build-arg PORT=8081 -t duijie/intake-service .
FROM eclipse-temurin:17-jre
ARG SERVICE
ARG PORT

# An unprivileged user of its own; the jar stays owned by root, so the process cannot change it.
RUN groupadd --system duijie && useradd --system --gid duijie --home-dir /app --no-create-home --shell /usr/sbin/nologin duijie
WORKDIR /app
COPY ${SERVICE}/target/${SERVICE}-0.1.0-SNAPSHOT.jar /app/app.jar

# Health check without curl or wget: this image is not promised to carry either, but it has bash, whose
# /dev/tcp is enough for one HTTP/1.0 request. Healthy = GET /actuator/health answers 200 (Spring Boot answers
# 503 while the service is DOWN or OUT_OF_SERVICE).
COPY --chmod=0755 <<'SCRIPT' /usr/local/bin/healthcheck
#!/bin/bash
set -eu
exec 3<>"/dev/tcp/127.0.0.1/${SERVER_PORT}"
printf 'GET /actuator/health HTTP/1.0\r\nHost: localhost\r\nConnection: close\r\n\r\n' >&3
IFS= read -r status <&3
[[ "$status" == "HTTP/1."?" 200"* ]]
SCRIPT
HEALTHCHECK --interval=10s --timeout=5s --start-period=90s --retries=3 CMD ["/usr/local/bin/healthcheck"]

USER duijie
ENV SERVER_PORT=${PORT}
EXPOSE ${PORT}
# The heap follows the container's memory limit.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]

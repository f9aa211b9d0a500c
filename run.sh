#!/usr/bin/env bash
# Runs Duijie on this machine, without Docker: a real single-node KRaft Kafka broker (from
# kafka-launcher/target/lib), Redis, an SMTP catcher and the three services, then loads seeds/.
#
#   ./run.sh                 start everything in the foreground; Ctrl-C stops everything
#   ./run.sh --detach        start everything, return once all are healthy
#   ./run.sh --infra-only    only Kafka, Redis and the SMTP catcher (run the services from an IDE);
#                            combine with --detach
#   ./run.sh --no-seed       do not load seeds/ (they are loaded once per Kafka data folder anyway)
#   ./run.sh stop            stop exactly what run.sh started (pid files in .run/pids)
#   ./run.sh status          what is running, and the services' health
#
# Environment: KAFKA_PORT (9092), KAFKA_CONTROLLER_PORT (KAFKA_PORT+1), REDIS_URL (redis://localhost:6379),
# REDIS_PORT (port for a redis-server started here; default: the port in REDIS_URL), SMTP_HOST (localhost),
# SMTP_PORT (2525), MAIL_FROM (duijie@localhost), DUIJIE_JAVA_OPTS (-Xmx768m, per service),
# KAFKA_HEAP_OPTS (-Xms256m -Xmx1g), HEALTH_TIMEOUT (120 seconds per service).
#
# Everything lives in .run/ (git-ignored): logs/*.log, pids/*.pid, kafka/ (config and data), redis/.
# Kafka's data survives a stop; `rm -rf .run` starts from nothing.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
RUN_DIR="$ROOT/.run"
LOG_DIR="$RUN_DIR/logs"
PID_DIR="$RUN_DIR/pids"
KAFKA_DIR="$RUN_DIR/kafka"
KAFKA_LIB="$ROOT/kafka-launcher/target/lib"
KAFKA_RESOURCES="$ROOT/kafka-launcher/src/main/resources"

KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-$((KAFKA_PORT + 1))}"
KAFKA_HEAP_OPTS="${KAFKA_HEAP_OPTS:--Xms256m -Xmx1g}"
REDIS_URL="${REDIS_URL:-redis://localhost:6379}"
SMTP_HOST="${SMTP_HOST:-localhost}"
SMTP_PORT="${SMTP_PORT:-2525}"
MAIL_FROM="${MAIL_FROM:-duijie@localhost}"
DUIJIE_JAVA_OPTS="${DUIJIE_JAVA_OPTS:--Xmx768m}"
HEALTH_TIMEOUT="${HEALTH_TIMEOUT:-120}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

# name:port, in start order; stopped in reverse.
SERVICES=(intake-service:8081 matching-service:8082 notification-service:8083)
# Every pid file run.sh may write, in stop order.
COMPONENTS=(notification-service matching-service intake-service smtp redis kafka)

# ---------------------------------------------------------------------------------------------------------
# small helpers

log() { printf '[run.sh] %s\n' "$*"; }
warn() { printf '[run.sh] WARNING: %s\n' "$*" >&2; }
die() {
	printf '[run.sh] ERROR: %s\n' "$*" >&2
	exit 1
}

usage() {
	sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed -e '$d' -e 's/^# \{0,1\}//'
}

# port_open HOST PORT: true if a TCP connection succeeds within a second.
port_open() {
	# shellcheck disable=SC2016 # $1 and $2 are the inner shell's arguments
	timeout 1 bash -c 'exec 3<>"/dev/tcp/$1/$2"' _ "$1" "$2" 2>/dev/null
}

# url_host_port URL: prints "host port" of redis://[user:pass@]host[:port][/db].
url_host_port() {
	local rest="${1#*://}"
	rest="${rest##*@}"
	rest="${rest%%/*}"
	local host="${rest%%:*}" port=6379
	[[ "$rest" == *:* ]] && port="${rest##*:}"
	printf '%s %s\n' "${host:-localhost}" "$port"
}

# pid_of NAME: the pid in .run/pids/NAME.pid if that process is alive and is the one we started.
pid_of() {
	local file="$PID_DIR/$1.pid" pid marker
	[[ -f "$file" ]] || return 1
	read -r pid marker <"$file" || true
	[[ -n "${pid:-}" ]] || return 1
	kill -0 "$pid" 2>/dev/null || return 1
	# Guard against a recycled pid: the command line must still contain what we started.
	if [[ -n "${marker:-}" && -r "/proc/$pid/cmdline" ]]; then
		tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$marker" || return 1
	fi
	printf '%s\n' "$pid"
}

# spawn NAME LOG MARKER COMMAND...: starts COMMAND in its own session (so a terminal's Ctrl-C or hang-up
# reaches only this script, which then stops everything in order), sends its output to .run/logs/LOG.log and
# records the pid (and MARKER, a string of its command line) in .run/pids/NAME.pid.
spawn() {
	local name="$1" logname="$2" marker="$3"
	shift 3
	setsid "$@" </dev/null >>"$LOG_DIR/$logname.log" 2>&1 &
	local pid=$! i
	printf '%s %s\n' "$pid" "$marker" >"$PID_DIR/$name.pid"
	# Until the forked shell has exec'd COMMAND, /proc/PID/cmdline is still this script's: wait for that.
	for ((i = 0; i < 100; i++)); do
		[[ -r "/proc/$pid/cmdline" ]] || break
		tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$marker" && break
		sleep 0.05
	done
	log "started $name (pid $pid), log: .run/logs/$logname.log"
}

# stop_component NAME: TERM, wait up to 45 s, then KILL. Removes the pid file.
stop_component() {
	local name="$1" pid i
	if pid="$(pid_of "$name")"; then
		log "stopping $name (pid $pid)"
		kill -TERM "$pid" 2>/dev/null || true
		for ((i = 0; i < 90; i++)); do
			kill -0 "$pid" 2>/dev/null || break
			sleep 0.5
		done
		if kill -0 "$pid" 2>/dev/null; then
			warn "$name did not stop within 45 s; killing it"
			kill -KILL "$pid" 2>/dev/null || true
		fi
	fi
	rm -f "$PID_DIR/$name.pid"
}

stop_all() {
	local name
	for name in "${COMPONENTS[@]}"; do
		stop_component "$name"
	done
}

# dies unless NAME is still alive; shows the tail of its log.
check_alive() {
	local name="$1"
	if ! pid_of "$name" >/dev/null; then
		printf '[run.sh] ERROR: %s exited. Last lines of %s:\n' "$name" "$LOG_DIR/$name.log" >&2
		tail -n 40 "$LOG_DIR/$name.log" >&2 || true
		exit 1
	fi
}

# find_python [MODULE]: prints a python3 (the one on PATH, else Debian's /usr/bin/python3, where apt-installed
# modules such as python3-aiosmtpd live) that can import MODULE, if given.
find_python() {
	local py
	for py in python3 /usr/bin/python3; do
		command -v "$py" >/dev/null 2>&1 || continue
		if [[ -z "${1:-}" ]] || "$py" -c "import $1" 2>/dev/null; then
			printf '%s\n' "$py"
			return 0
		fi
	done
	return 1
}

# ---------------------------------------------------------------------------------------------------------
# the parts

ensure_built() {
	local missing=0 entry name
	if [[ "$INFRA_ONLY" == 1 ]]; then
		if [[ ! -d "$KAFKA_LIB" ]]; then
			log "building kafka-launcher (kafka-launcher/target/lib is missing)"
			(cd "$ROOT" && ./mvnw -B -q -DskipTests -f kafka-launcher/pom.xml package)
		fi
		return 0
	fi
	[[ -d "$KAFKA_LIB" ]] || missing=1
	for entry in "${SERVICES[@]}"; do
		name="${entry%%:*}"
		[[ -f "$ROOT/$name/target/$name-0.1.0-SNAPSHOT.jar" ]] || missing=1
	done
	if [[ "$missing" == 1 ]]; then
		log "building (a service jar or kafka-launcher/target/lib is missing): ./mvnw -B -q -DskipTests package"
		(cd "$ROOT" && ./mvnw -B -q -DskipTests package)
	fi
}

prepare_run_dir() {
	local name
	mkdir -p "$LOG_DIR/previous" "$PID_DIR" "$KAFKA_DIR" "$RUN_DIR/redis"
	for name in "${COMPONENTS[@]}"; do
		if pid_of "$name" >/dev/null; then
			die "$name is already running (started by an earlier ./run.sh); use ./run.sh status or ./run.sh stop"
		fi
		rm -f "$PID_DIR/$name.pid"
	done
	# Keep the previous run's logs one generation back, so readiness checks only see this run's lines.
	local f
	for f in "$LOG_DIR"/*.log; do
		[[ -e "$f" ]] && mv -f "$f" "$LOG_DIR/previous/"
	done
	return 0
}

start_kafka() {
	[[ -d "$KAFKA_LIB" ]] || die "kafka-launcher/target/lib is missing; run ./mvnw -B -DskipTests package"
	local port
	for port in "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT"; do
		if port_open 127.0.0.1 "$port"; then
			die "something already answers on 127.0.0.1:$port (Kafka port $KAFKA_PORT, controller port" \
				"$KAFKA_CONTROLLER_PORT). Stop it, or choose other ports with KAFKA_PORT / KAFKA_CONTROLLER_PORT."
		fi
	done

	local conf="$KAFKA_DIR/server.properties" data="$KAFKA_DIR/data"
	sed -e "s|\${port}|$KAFKA_PORT|g" \
		-e "s|\${controller.port}|$KAFKA_CONTROLLER_PORT|g" \
		-e "s|\${log.dirs}|$data|g" \
		"$KAFKA_RESOURCES/server.properties" >"$conf"

	local -a jvm=(-Dlog4j2.configurationFile="$KAFKA_RESOURCES/kafka-log4j2.xml" -Dkafka.logs.dir="$LOG_DIR"
		-Djava.awt.headless=true)
	if [[ ! -f "$data/meta.properties" ]]; then
		local cluster_id
		cluster_id="$("$JAVA" "${jvm[@]}" -cp "$KAFKA_LIB/*" kafka.tools.StorageTool random-uuid)"
		log "formatting Kafka storage in ${data#"$ROOT"/} (cluster id $cluster_id)"
		"$JAVA" "${jvm[@]}" -cp "$KAFKA_LIB/*" kafka.tools.StorageTool format -t "$cluster_id" -c "$conf" \
			>>"$LOG_DIR/kafka-format.log" 2>&1 || {
			cat "$LOG_DIR/kafka-format.log" >&2
			die "formatting Kafka storage failed"
		}
	fi

	# shellcheck disable=SC2086 # KAFKA_HEAP_OPTS holds several options on purpose
	# Log4j writes .run/logs/kafka.log; the JVM's own output (warnings, crashes) goes to kafka-console.log.
	spawn kafka kafka-console kafka.Kafka "$JAVA" $KAFKA_HEAP_OPTS "${jvm[@]}" -cp "$KAFKA_LIB/*" kafka.Kafka "$conf"

	local i
	for ((i = 0; i < 120; i++)); do
		check_alive_kafka
		if port_open 127.0.0.1 "$KAFKA_PORT" && grep -q 'Kafka Server started' "$LOG_DIR/kafka.log" 2>/dev/null; then
			log "Kafka is up on 127.0.0.1:$KAFKA_PORT (log: .run/logs/kafka.log)"
			export KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:$KAFKA_PORT"
			return 0
		fi
		sleep 0.5
	done
	tail -n 40 "$LOG_DIR/kafka.log" >&2 || true
	die "Kafka did not start within 60 s"
}

check_alive_kafka() {
	if ! pid_of kafka >/dev/null; then
		printf '[run.sh] ERROR: Kafka exited. Last lines of .run/logs/kafka.log and kafka-console.log:\n' >&2
		tail -n 30 "$LOG_DIR/kafka.log" >&2 || true
		tail -n 10 "$LOG_DIR/kafka-console.log" >&2 || true
		exit 1
	fi
}

redis_answers() {
	local host port reply
	if command -v redis-cli >/dev/null 2>&1; then
		[[ "$(timeout 2 redis-cli -u "$1" ping 2>/dev/null)" == PONG ]]
		return
	fi
	read -r host port < <(url_host_port "$1")
	# shellcheck disable=SC2016 # $1 and $2 are the inner shell's arguments
	reply="$(timeout 2 bash -c 'exec 3<>"/dev/tcp/$1/$2"; printf "PING\r\n" >&3; head -c 5 <&3' _ "$host" "$port" \
		2>/dev/null)" || return 1
	[[ "$reply" == +PONG ]]
}

ensure_redis() {
	if redis_answers "$REDIS_URL"; then
		log "using the Redis that answers at $REDIS_URL"
		export REDIS_URL
		return 0
	fi
	command -v redis-server >/dev/null 2>&1 ||
		die "no Redis answers at $REDIS_URL and redis-server is not installed (apt-get install -y redis-server)"
	local host port
	read -r host port < <(url_host_port "$REDIS_URL")
	port="${REDIS_PORT:-$port}"
	port_open 127.0.0.1 "$port" && die "port $port is taken by something that is not a Redis answering PING"
	# postings of the matching index stay compact int sets at any length (matching-service/README.md)
	spawn redis redis redis-server redis-server --port "$port" --bind 127.0.0.1 --save "" --appendonly no \
		--set-max-intset-entries 1000000 --daemonize no --dir "$RUN_DIR/redis"
	REDIS_URL="redis://127.0.0.1:$port"
	export REDIS_URL
	local i
	for ((i = 0; i < 40; i++)); do
		check_alive redis
		if redis_answers "$REDIS_URL"; then
			log "Redis is up at $REDIS_URL (in memory only; the services refill it from Kafka)"
			return 0
		fi
		sleep 0.25
	done
	die "redis-server did not answer PING within 10 s"
}

ensure_smtp() {
	if port_open "$SMTP_HOST" "$SMTP_PORT"; then
		log "using the SMTP server that answers at $SMTP_HOST:$SMTP_PORT"
		export SMTP_HOST SMTP_PORT
		return 0
	fi
	local py
	if py="$(find_python aiosmtpd)"; then
		spawn smtp smtp aiosmtpd "$py" -u -m aiosmtpd -n -l "127.0.0.1:$SMTP_PORT"
		SMTP_HOST=127.0.0.1
		export SMTP_HOST SMTP_PORT
		local i
		for ((i = 0; i < 40; i++)); do
			check_alive smtp
			if port_open 127.0.0.1 "$SMTP_PORT"; then
				log "SMTP catcher is up at 127.0.0.1:$SMTP_PORT; every mail is printed to .run/logs/smtp.log"
				return 0
			fi
			sleep 0.25
		done
		die "the SMTP catcher did not open port $SMTP_PORT within 10 s"
	fi
	warn "nothing answers at $SMTP_HOST:$SMTP_PORT and Python's aiosmtpd is not installed" \
		"(apt-get install -y python3-aiosmtpd): emails will be retried and then go to the dead-letter topic."
	export SMTP_HOST SMTP_PORT
}

start_services() {
	local entry name port jar
	for entry in "${SERVICES[@]}"; do
		name="${entry%%:*}"
		port="${entry##*:}"
		jar="$ROOT/$name/target/$name-0.1.0-SNAPSHOT.jar"
		port_open 127.0.0.1 "$port" && die "port $port (for $name) is already taken"
		# shellcheck disable=SC2086 # DUIJIE_JAVA_OPTS holds several options on purpose
		SERVER_PORT="$port" MAIL_FROM="$MAIL_FROM" \
			spawn "$name" "$name" "$name-0.1.0-SNAPSHOT.jar" "$JAVA" $DUIJIE_JAVA_OPTS -jar "$jar"
	done
}

wait_healthy() {
	local entry name port deadline body
	for entry in "${SERVICES[@]}"; do
		name="${entry%%:*}"
		port="${entry##*:}"
		deadline=$((SECONDS + HEALTH_TIMEOUT))
		while :; do
			check_alive "$name"
			body="$(curl -fsS --max-time 2 "http://localhost:$port/actuator/health" 2>/dev/null || true)"
			if [[ "$body" == *'"status":"UP"'* ]]; then
				log "$name is UP on http://localhost:$port"
				break
			fi
			if ((SECONDS >= deadline)); then
				printf '[run.sh] ERROR: %s was not UP within %s s (last health answer: %s). Last lines of %s:\n' \
					"$name" "$HEALTH_TIMEOUT" "${body:-none}" "$LOG_DIR/$name.log" >&2
				tail -n 60 "$LOG_DIR/$name.log" >&2 || true
				exit 1
			fi
			sleep 1
		done
	done
}

# Posts every element of seeds/*.json to intake-service. Once per Kafka data folder (marker in .run/kafka),
# since Kafka keeps what was loaded.
load_seeds() {
	local marker="$KAFKA_DIR/seeds-loaded" py
	if [[ "$SEED" == 0 ]]; then
		log "not loading seeds (--no-seed)"
		return 0
	fi
	if [[ -f "$marker" ]]; then
		log "seeds were loaded into this Kafka data folder before ($(cat "$marker")); not loading them again"
		return 0
	fi
	py="$(find_python)" || die "python3 is needed to load seeds/"
	if "$py" - "$ROOT/seeds" "http://localhost:8081" "$RUN_DIR/seeded-ids.json" <<'PY'
import json, sys, urllib.error, urllib.request

seeds, base, out = sys.argv[1], sys.argv[2], sys.argv[3]
ids = {}
for name, path in (("counterparts", "/api/counterparts"), ("investors", "/api/investors"),
                   ("enterprises", "/api/enterprises")):
    with open(f"{seeds}/{name}.json", encoding="utf-8") as f:
        bodies = json.load(f)
    ids[name] = []
    for i, body in enumerate(bodies):
        request = urllib.request.Request(base + path, data=json.dumps(body, ensure_ascii=False).encode("utf-8"),
                                         method="POST", headers={"Content-Type": "application/json",
                                                                 "Accept": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                answer = json.loads(response.read() or b"{}")
        except urllib.error.HTTPError as e:
            sys.exit(f"[run.sh] ERROR: POST {path} for seeds/{name}.json[{i}] ({body.get('name')}) answered "
                     f"{e.code}: {e.read().decode('utf-8', 'replace')[:2000]}")
        except urllib.error.URLError as e:
            sys.exit(f"[run.sh] ERROR: POST {path} for seeds/{name}.json[{i}] failed: {e.reason}")
        ids[name].append({"id": answer.get("id"), "name": body.get("name")})
    print(f"[run.sh] seeds/{name}.json: {len(bodies)} posted to {base}{path}, all accepted")
with open(out, "w", encoding="utf-8") as f:
    json.dump(ids, f, ensure_ascii=False, indent=2)
PY
	then
		date '+%Y-%m-%d %H:%M:%S' >"$marker"
	else
		die "loading seeds/ failed (see above). What was accepted stays in Kafka; a later ./run.sh posts" \
			"every seed again unless you start from empty Kafka data (rm -rf .run/kafka) or pass --no-seed"
	fi
}

print_urls() {
	local enterprise_id="{enterpriseId}" py
	if [[ -f "$RUN_DIR/seeded-ids.json" ]] && py="$(find_python)"; then
		enterprise_id="$("$py" -c 'import json,sys; print(json.load(open(sys.argv[1]))["enterprises"][0]["id"])' \
			"$RUN_DIR/seeded-ids.json" 2>/dev/null || echo '{enterpriseId}')"
	fi
	cat <<EOF

Duijie is running.
  Kafka                 $KAFKA_BOOTSTRAP_SERVERS      (log: .run/logs/kafka.log)
  Redis                 $REDIS_URL
  SMTP                  $SMTP_HOST:$SMTP_PORT        (caught mails: .run/logs/smtp.log, if run.sh started the catcher)
EOF
	[[ "$INFRA_ONLY" == 1 ]] && return 0
	local entry name port
	for entry in "${SERVICES[@]}"; do
		name="${entry%%:*}"
		port="${entry##*:}"
		cat <<EOF
  $name
    API                 http://localhost:$port/api
    OpenAPI             http://localhost:$port/v3/api-docs
    Swagger UI          http://localhost:$port/swagger-ui.html
    Health, metrics     http://localhost:$port/actuator/health  http://localhost:$port/actuator/prometheus
EOF
	done
	cat <<EOF
  Try
    POST an enterprise  curl -H 'Content-Type: application/json' -d @body.json http://localhost:8081/api/enterprises
    its matches         http://localhost:8082/api/matches?enterpriseId=$enterprise_id
    its inbox           http://localhost:8083/api/inbox/$enterprise_id
  Logs                  .run/logs/<service>.log
EOF
}

# ---------------------------------------------------------------------------------------------------------
# commands

cmd_start() {
	prepare_run_dir
	ensure_built
	STARTED=0
	# Whatever goes wrong before everything is up, leave nothing running.
	trap 'if [[ "$STARTED" != 1 ]]; then stop_all; fi' EXIT
	trap 'log "interrupted"; exit 130' INT TERM HUP
	start_kafka
	ensure_redis
	ensure_smtp
	printf 'KAFKA_BOOTSTRAP_SERVERS=%s\nREDIS_URL=%s\nSMTP_HOST=%s\nSMTP_PORT=%s\n' \
		"$KAFKA_BOOTSTRAP_SERVERS" "$REDIS_URL" "$SMTP_HOST" "$SMTP_PORT" >"$RUN_DIR/env"
	if [[ "$INFRA_ONLY" != 1 ]]; then
		start_services
		wait_healthy
		load_seeds
	fi
	print_urls
	if [[ "$DETACH" == 1 ]]; then
		STARTED=1
		trap - EXIT INT TERM HUP
		log "detached; stop everything with ./run.sh stop"
		return 0
	fi
	# Foreground: Ctrl-C (or any component dying) stops everything.
	trap 'stop_all' EXIT
	log "running in the foreground; press Ctrl-C to stop everything"
	local name
	while :; do
		sleep 2
		for name in "${COMPONENTS[@]}"; do
			if [[ -f "$PID_DIR/$name.pid" ]] && ! pid_of "$name" >/dev/null; then
				warn "$name exited (see .run/logs/$name.log); stopping everything"
				tail -n 20 "$LOG_DIR/$name.log" >&2 || true
				exit 1
			fi
		done
	done
}

cmd_stop() {
	if [[ ! -d "$PID_DIR" ]] || ! compgen -G "$PID_DIR/*.pid" >/dev/null; then
		log "nothing to stop (no pid files in .run/pids)"
		return 0
	fi
	stop_all
	log "stopped"
}

cmd_status() {
	local name pid port entry body any=0
	for name in kafka redis smtp; do
		if pid="$(pid_of "$name")"; then
			printf '  %-22s running, pid %s\n' "$name" "$pid"
			any=1
		elif [[ -f "$PID_DIR/$name.pid" ]]; then
			printf '  %-22s NOT running (stale pid file)\n' "$name"
		fi
	done
	for entry in "${SERVICES[@]}"; do
		name="${entry%%:*}"
		port="${entry##*:}"
		if pid="$(pid_of "$name")"; then
			body="$(curl -fsS --max-time 2 "http://localhost:$port/actuator/health" 2>/dev/null || echo 'no answer')"
			printf '  %-22s running, pid %s, http://localhost:%s/actuator/health: %s\n' "$name" "$pid" "$port" "$body"
			any=1
		elif [[ -f "$PID_DIR/$name.pid" ]]; then
			printf '  %-22s NOT running (stale pid file)\n' "$name"
		fi
	done
	if [[ "$any" == 0 ]]; then
		log "nothing started by run.sh is running"
		return 0
	fi
	[[ -f "$RUN_DIR/env" ]] && sed 's/^/  /' "$RUN_DIR/env"
	return 0
}

main() {
	DETACH=0
	INFRA_ONLY=0
	SEED=1
	local command=start arg
	for arg in "$@"; do
		case "$arg" in
		start) command=start ;;
		stop | status) command="$arg" ;;
		-d | --detach) DETACH=1 ;;
		--infra-only) INFRA_ONLY=1 ;;
		--no-seed) SEED=0 ;;
		-h | --help | help)
			usage
			return 0
			;;
		*)
			usage >&2
			die "unknown argument: $arg"
			;;
		esac
	done
	case "$command" in
	start) cmd_start ;;
	stop) cmd_stop ;;
	status) cmd_status ;;
	esac
}

main "$@"

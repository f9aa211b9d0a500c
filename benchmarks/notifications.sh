#!/usr/bin/env bash
# Notifications benchmark (issue 4): notifications per second with the delivery ledger on, to an in-process webhook
# sink and to GreenMail over SMTP, against the rate at which the service merely consumes the same `matches` topic
# (its own consumer factory: CloudEvents deserializer with schema validation), all in one run on the test-support
# broker (embedded KRaft) and a redis-server process. Needs redis-server on the PATH. Takes two to four minutes here.
#
#   benchmarks/notifications.sh                        # 2000 webhook and 500 e-mail notifications
#   benchmarks/notifications.sh --webhooks 20000 --emails 5000
#
# Not part of ./mvnw verify: the benchmark's source lives in notification-service/src/test/java/.../benchmark and is
# compiled here, on its own, against notification-service's test classpath.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
MODULE=notification-service
WORK="$(mktemp -d /tmp/duijie-notifications-bench-XXXXXX)"
OUT="$WORK/benchmark-classes"
MAIN="$WORK/main-classes"
CP_FILE="$WORK/classpath"

./mvnw -B -q -o -pl "$MODULE" compile -Dspring-javaformat.skip=true
# the sibling modules (contracts, platform, test-support) come from the local repository: install them as they are here
./mvnw -B -q -o -pl contracts,platform,test-support install -DskipTests -Dspring-javaformat.skip=true
./mvnw -B -q -o -pl "$MODULE" dependency:build-classpath -Dmdep.outputFile="$CP_FILE" >/dev/null
mkdir -p "$OUT" && cp -r "$MODULE/target/classes" "$MAIN"
echo "commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'), notification-service main sources sha1" \
	"$(find "$MODULE/src/main" -type f | sort | xargs cat | sha1sum | cut -c1-12)$(git diff --quiet HEAD -- "$MODULE/src/main" 2>/dev/null || echo ' (uncommitted changes)')"
CP="$MAIN:$(cat "$CP_FILE")"
javac -nowarn -d "$OUT" -cp "$CP" "$MODULE"/src/test/java/io/duijie/notification/benchmark/*.java

exec java -Xms1g -Xmx1g ${JAVA_OPTS:-} -Dduijie.test.infrastructure=embedded \
	-cp "$OUT:$CP" io.duijie.notification.benchmark.NotificationsBenchmark "$@"

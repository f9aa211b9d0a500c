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
NAME=notifications
source benchmarks/prepare.sh
javac -nowarn -d "$OUT" -cp "$CP" "$MODULE"/src/test/java/io/duijie/notification/benchmark/*.java

exec java -Xms1g -Xmx1g ${JAVA_OPTS:-} -Dduijie.test.infrastructure=embedded \
	-cp "$OUT:$CP" io.duijie.notification.benchmark.NotificationsBenchmark "$@"

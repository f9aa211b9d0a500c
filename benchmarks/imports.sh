#!/usr/bin/env bash
# Bulk import benchmark (issue 6): a generated 10,000-row .xlsx of enterprises uploaded to a running intake-service
# and timed from the upload to DONE (every row read, validated, published with its broker ack and stored), then, in
# the same run on the same broker, the same records sent straight to Kafka by a plain idempotent acks=all producer.
# Uses the test-support broker (embedded KRaft) and a redis-server process. Needs redis-server on the PATH.
#
#   benchmarks/imports.sh               # 10,000 rows
#   benchmarks/imports.sh --rows 20000
#
# Not part of ./mvnw verify: the benchmark's source lives in intake-service/src/test/java/.../benchmark and is
# compiled here, on its own, against intake-service's test classpath.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
MODULE=intake-service
NAME=imports
source benchmarks/prepare.sh
javac -nowarn -d "$OUT" -cp "$CP" "$MODULE"/src/test/java/io/duijie/intake/benchmark/*.java

exec java -Xms1g -Xmx1g ${JAVA_OPTS:-} -Dduijie.test.infrastructure=embedded \
	-cp "$OUT:$CP" io.duijie.intake.benchmark.ImportsBenchmark "$@"

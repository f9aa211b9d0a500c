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
WORK="$(mktemp -d /tmp/duijie-imports-bench-XXXXXX)"
OUT="$WORK/benchmark-classes"
MAIN="$WORK/main-classes"
CP_FILE="$WORK/classpath"

./mvnw -B -q -o -pl "$MODULE" compile -Dspring-javaformat.skip=true
# the sibling modules (contracts, platform, test-support) come from the local repository: install them as they are here
./mvnw -B -q -o -pl contracts,platform,test-support install -DskipTests -Dspring-javaformat.skip=true
./mvnw -B -q -o -pl "$MODULE" dependency:build-classpath -Dmdep.outputFile="$CP_FILE" >/dev/null
mkdir -p "$OUT" && cp -r "$MODULE/target/classes" "$MAIN"
echo "commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'), intake-service main sources sha1" \
	"$(find "$MODULE/src/main" -type f | sort | xargs cat | sha1sum | cut -c1-12)$(git diff --quiet HEAD -- "$MODULE/src/main" 2>/dev/null || echo ' (uncommitted changes)')"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
CP="$MAIN:$(cat "$CP_FILE")"
javac -nowarn -d "$OUT" -cp "$CP" "$MODULE"/src/test/java/io/duijie/intake/benchmark/*.java

exec java -Xms1g -Xmx1g ${JAVA_OPTS:-} -Dduijie.test.infrastructure=embedded \
	-cp "$OUT:$CP" io.duijie.intake.benchmark.ImportsBenchmark "$@"

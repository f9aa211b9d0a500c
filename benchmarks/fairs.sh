#!/usr/bin/env bash
# Fair scheduler benchmark (issue 5): scheduled weight against the optimum proved by OR-Tools CP-SAT on generated
# instances (up to 60 participants, 300 requests, 16 slots), the König case, and 2,000 participants / 20,000
# requests / 24 slots / 400 tables (first schedule, final schedule, re-solve after 5 % cancellations). The
# independent ScheduleChecker verifies every schedule; the script exits non-zero on any violation.
#
#   benchmarks/fairs.sh                                  # everything (about 10 minutes on 2 cores)
#   benchmarks/fairs.sh --exact 5 --scale false          # a quick look
#
# Options (defaults): --exact 30 (instances compared with CP-SAT)  --exact-limit 120 (CP-SAT seconds per instance)
#   --limit 5 (scheduler seconds per small instance)  --konig 10  --scale true  --scale-limit 20 (seconds of the
#   large first run)  --resolve-limit 5 (seconds of the re-solve)  --seed 1
#
# Not part of ./mvnw verify: compiled here, on their own, against matching-service's test classpath.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
MODULE=matching-service
NAME=fairs
SOURCES="$MODULE/src/main/java/io/duijie/matching/fairs/solver"
source benchmarks/prepare.sh
TEST="$MODULE/src/test/java/io/duijie/matching"
javac -nowarn -d "$OUT" -cp "$CP" "$TEST"/benchmark/FairScheduler*.java \
	"$TEST"/fairs/solver/FairInstances.java "$TEST"/fairs/solver/CpSatOptimum.java

exec java -Xms"${JAVA_HEAP:-2g}" -Xmx"${JAVA_HEAP:-2g}" -XX:+UseG1GC ${JAVA_OPTS:-} \
	-cp "$OUT:$CP" io.duijie.matching.benchmark.FairSchedulerBenchmark "$@"

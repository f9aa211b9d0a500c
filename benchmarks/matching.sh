#!/usr/bin/env bash
# Matching engine benchmark (issue 3): per-enterprise latency of MatchEngine.rank at 10^3..10^6 synthetic
# counterparts, the indexed path against a brute-force scan (recall@10, speed-up), Redis memory per counterpart.
# Starts its own redis-server (--save '' --appendonly no) on a free port; needs redis-server on the PATH.
#
#   benchmarks/matching.sh                                   # sizes 1000,10000,100000,1000000
#   benchmarks/matching.sh --sizes 1000,10000 --enterprises 200
#   benchmarks/matching.sh --intset-entries 1000000          # postings kept as int sets at any size
#   JAVA_HEAP=12g benchmarks/matching.sh ...
#
# Options (defaults): --sizes 1000,10000,100000,1000000  --enterprises 500  --warmup 1000 (ranks before timing: the JIT settles)  --passes 3 (timed
#   passes over the same enterprises; the figures are the last pass's)  --brute-budget 20000000 (pair scores
#   per size for the brute force: all enterprises up to 10^4, 200 at 10^5, --brute-min 20 at 10^6)  --loader auto|put|bulk
#   (auto: CandidateIndex.put up to --put-up-to 100000, then the verified bulk loader)  --mix 70,25,5
#   (spaces,clusters,institutions %)  --candidates 200  --max-posting 100000  --top-k 10  --threshold 0.3
#   --intset-entries 0 (redis default 512)  --verify-bulk 1000  --breakdown 200  --threads 2  --seed 42
#   --variants 5000:200,20000:100 (further max-posting:candidates settings of the engine, each timed once over the
#   same index and enterprises and checked against the same brute-force lists)
#   --rematch-at 10000 --rematch-enterprises 10000 --rematch-partners 2 (at that size, index that many
#   enterprises and time what a counterpart change costs: the enterprises re-ranked, as Matchmaker.rematch does)
#
# Not part of ./mvnw verify: the benchmark's sources live in matching-service/src/test/java/.../benchmark and are
# compiled here, on their own, against matching-service's test classpath.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
MODULE=matching-service
NAME=matching
source benchmarks/prepare.sh
# the matching benchmark's own sources (the fair scheduler's benchmark has its script: fairs.sh)
javac -nowarn -d "$OUT" -cp "$CP" $(ls "$MODULE"/src/test/java/io/duijie/matching/benchmark/*.java | grep -v '/FairScheduler')

# JAVA_OPTS: extra JVM flags, e.g. JAVA_OPTS='-XX:StartFlightRecording=filename=/tmp/matching.jfr,settings=profile'
exec java -Xms"${JAVA_HEAP:-8g}" -Xmx"${JAVA_HEAP:-8g}" -XX:+UseG1GC -XX:+UseStringDeduplication ${JAVA_OPTS:-} \
	-cp "$OUT:$CP" io.duijie.matching.benchmark.MatchingBenchmark --dictionary seeds/dictionary "$@"

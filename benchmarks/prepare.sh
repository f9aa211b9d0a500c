# Sourced by the benchmark scripts, with MODULE (the service), NAME (for the work folder) and optionally SOURCES
# (the main sources the figures belong to; default the module's) set.
# Compiles the module's main classes, installs the sibling modules it resolves from the local repository, and
# leaves CP (main classes and dependencies) and OUT (where to compile the benchmark) for the script.
# The main classes are copied to a private folder, so that a build of the module (even `clean`) during a long run
# cannot pull classes away from under it.
WORK="$(mktemp -d "/tmp/duijie-$NAME-bench-XXXXXX")"
OUT="$WORK/benchmark-classes"
MAIN="$WORK/main-classes"
CP_FILE="$WORK/classpath"

# the formatter check is the build's business, not the benchmark's
./mvnw -B -q -o -pl "$MODULE" compile -Dspring-javaformat.skip=true
# contracts, platform and test-support come from the local repository: install them as they are here
./mvnw -B -q -o -pl contracts,platform,test-support install -DskipTests -Dspring-javaformat.skip=true
# every scope: the benchmarks run on the test classpath (test-support's broker and redis-server)
./mvnw -B -q -o -pl "$MODULE" dependency:build-classpath -Dmdep.outputFile="$CP_FILE" >/dev/null
mkdir -p "$OUT" && cp -r "$MODULE/target/classes" "$MAIN"
# which code the figures belong to (the main sources are often uncommitted while they are tuned)
SOURCES="${SOURCES:-$MODULE/src/main}"
echo "commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'), $SOURCES sha1" \
	"$(find "$SOURCES" -type f | sort | xargs cat | sha1sum | cut -c1-12)$(git diff --quiet HEAD -- "$MODULE/src/main" 2>/dev/null || echo ' (uncommitted changes)')"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
CP="$MAIN:$(cat "$CP_FILE")"

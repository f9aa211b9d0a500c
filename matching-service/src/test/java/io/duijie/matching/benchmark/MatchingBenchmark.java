package io.duijie.matching.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.duijie.contracts.CounterpartProfile;
import io.duijie.contracts.EnterpriseProfile;
import io.duijie.matching.index.CandidateIndex;
import io.duijie.matching.index.IndexEntry;
import io.duijie.matching.index.Side;
import io.duijie.matching.index.Terms;
import io.duijie.matching.matches.MatchEngine;
import io.duijie.matching.matches.MatchEngine.Partition;
import io.duijie.matching.matches.MatchEngine.Ranked;
import io.duijie.matching.scoring.EnterpriseFeatures;
import io.duijie.matching.scoring.MatchScorer;
import io.duijie.matching.scoring.PartnerFeatures;
import io.duijie.matching.scoring.ProfileReader;
import io.duijie.matching.scoring.Weights;
import io.duijie.matching.system.MatchingProperties;
import io.duijie.matching.text.ConceptDictionary;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.redis.connection.DataType;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * The matching engine's benchmark (issue 3): per-enterprise latency of
 * {@link MatchEngine#rank} (candidate generation in Redis + exact scoring) at growing
 * numbers of synthetic counterparts, the indexed path against a brute-force scan of the
 * same data (recall@10, speed), and Redis memory per indexed counterpart. Not a test: run
 * it with {@code benchmarks/matching.sh} (arguments are described there and in
 * {@link Options}).
 */
public final class MatchingBenchmark {

	private static final String CP_PREFIX = BulkLoader.PREFIX;

	/** Encoding, cardinality and memory of each key. */
	private static final RedisScript<List> POSTING_STATS = RedisScript.of("""
			local out = {}
			for _, key in ipairs(KEYS) do
			  out[#out + 1] = redis.call('OBJECT', 'ENCODING', key)
			  out[#out + 1] = redis.call('SCARD', key)
			  out[#out + 1] = redis.call('MEMORY', 'USAGE', key, 'SAMPLES', '0')
			end
			return out
			""", List.class);

	/**
	 * SCARD of every posting; the size of the union of those up to ARGV[1] members; the
	 * size of the union the candidate script takes within the budget ARGV[2] (its
	 * selection mirrored: by weight, then the shorter posting first). ARGV[3..] weights.
	 */
	private static final RedisScript<List> POSTING_SIZES = RedisScript.of("""
			local out, used, terms = {}, {}, {}
			local cap, budget = tonumber(ARGV[1]), tonumber(ARGV[2])
			for i = 2, #KEYS do
			  local n = redis.call('SCARD', KEYS[i])
			  out[#out + 1] = n
			  if n > 0 and n <= cap then
			    used[#used + 1] = KEYS[i]
			    terms[#terms + 1] = {key = KEYS[i], weight = tonumber(ARGV[i + 1]), size = n}
			  end
			end
			local union, selected = 0, 0
			if #used > 0 then
			  union = redis.call('SUNIONSTORE', KEYS[1], unpack(used))
			  table.sort(terms, function(a, b)
			    if a.weight ~= b.weight then return a.weight > b.weight end
			    return a.size < b.size
			  end)
			  local keys, total = {}, 0
			  for _, t in ipairs(terms) do
			    if total + t.size <= budget or #keys == 0 then
			      keys[#keys + 1] = t.key
			      total = total + t.size
			    end
			  end
			  selected = redis.call('SUNIONSTORE', KEYS[1], unpack(keys))
			  redis.call('DEL', KEYS[1])
			end
			out[#out + 1] = union
			out[#out + 1] = selected
			return out
			""", List.class);

	private static final RedisScript<List> MEMORY_USAGE = RedisScript.of("""
			local out = {}
			for _, key in ipairs(KEYS) do
			  out[#out + 1] = redis.call('MEMORY', 'USAGE', key, 'SAMPLES', '0')
			end
			return out
			""", List.class);

	private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory
		.getThreadMXBean();

	private final Options options;

	private final Vocabulary vocabulary;

	private final Synthetic synthetic;

	private final ProfileReader reader;

	/**
	 * The index's own JSON settings, for the round-trip check and the parsing figures.
	 */
	private final JsonMapper mapper = CandidateIndex.entryMapper(JsonMapper.builder().build());

	private final MatchingProperties properties;

	private MatchingBenchmark(Options options) {
		this.options = options;
		this.vocabulary = Vocabulary.load(options.dictionary, options.seed);
		this.synthetic = new Synthetic(this.vocabulary, options.seed);
		this.reader = new ProfileReader(ConceptDictionary.load());
		this.properties = new MatchingProperties(options.threshold, Duration.ofSeconds(30), Weights.DEFAULTS,
				options.topK, options.candidates, options.maxPosting, options.budget, options.rematchLimit, 50,
				options.parsedEntries);
	}

	public static void main(String[] args) throws Exception {
		Options options = Options.parse(args);
		new MatchingBenchmark(options).run();
		System.exit(0);
	}

	private void run() throws Exception {
		log("options: %s", this.options);
		log("vocabulary: %d concepts, %d themes; dictionary: %d keys", this.vocabulary.concepts.size(),
				this.vocabulary.themes.size(), this.reader.dictionary().size());
		ConceptDictionary dictionary = this.reader.dictionary();
		MatchScorer scorer = new MatchScorer(Weights.DEFAULTS, dictionary);
		List<String> redisArgs = new ArrayList<>();
		if (this.options.intsetEntries > 0) {
			redisArgs.addAll(List.of("--set-max-intset-entries", Integer.toString(this.options.intsetEntries)));
		}
		try (RedisServer server = RedisServer.start(redisArgs)) {
			StringRedisTemplate redis = server.template(0);
			log("redis-server pid %d on port %d, %s", server.pid(), server.port(),
					(redisArgs.isEmpty()) ? "default configuration" : String.join(" ", redisArgs));
			CandidateIndex index = new CandidateIndex(redis, this.mapper, this.options.parsedEntries);
			MatchEngine engine = new MatchEngine(index, scorer, this.properties);
			if (this.options.verifyBulk > 0) {
				verifyBulk(server, this.options.verifyBulk);
			}
			List<Enterprise> enterprises = enterprises(this.options.warmup + this.options.enterprises);
			List<Enterprise> warmup = enterprises.subList(0, this.options.warmup);
			List<Enterprise> measured = enterprises.subList(this.options.warmup, enterprises.size());
			redis.execute((RedisCallback<Object>) (c) -> {
				c.serverCommands().flushAll();
				return null;
			});
			long baseline = RedisServer.usedMemory(redis);
			Map<String, List<IndexEntry<PartnerFeatures>>> byPartition = new LinkedHashMap<>();
			MatchEngine.PARTITIONS.forEach((p) -> byPartition.put(p.name(), new ArrayList<>()));
			List<Result> results = new ArrayList<>();
			int loaded = 0;
			for (int size : this.options.sizes) {
				List<IndexEntry<PartnerFeatures>> added = counterparts(loaded, size);
				long started = System.nanoTime();
				String loader = load(index, redis, added, size);
				double loadSeconds = (System.nanoTime() - started) / 1e9;
				added.forEach((e) -> byPartition.get(MatchEngine.partitionOf(e.requireProfile())).add(e));
				loaded = size;
				Result result = new Result(size);
				result.loader = loader;
				result.loadPerSecond = added.size() / loadSeconds;
				memory(redis, baseline, result);
				System.gc();
				result.heapBytes = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
				log("size %,d: loaded %,d with %s in %.1f s (%,.0f/s); Redis %.0f B per counterpart (used_memory %,d B)",
						size, added.size(), loader, loadSeconds, result.loadPerSecond, result.bytesPerCounterpart,
						result.usedMemory);
				log("  partitions: %s",
						byPartition.entrySet()
							.stream()
							.map((e) -> e.getKey() + " " + e.getValue().size())
							.collect(Collectors.joining(", ")));
				latency(engine, redis, warmup, measured, result);
				breakdown(index, redis, engine, measured, result);
				brute(engine, measured, byPartition, result);
				result.print();
				variants(index, scorer, redis, measured, result);
				if (size == this.options.rematchAt) {
					rematch(index, redis, engine, byPartition, result);
				}
				results.add(result);
			}
			log("");
			log("| counterparts | loader | Redis B/counterpart | rank p50 / p95 / p99 / max ms | brute force mean ms (n) | speed-up | recall@10 strict / tie-aware |");
			log("|---|---|---|---|---|---|---|");
			for (Result r : results) {
				log("| %,d | %s | %.0f | %.1f / %.1f / %.1f / %.1f | %.1f (%d) | %.1f× | %.4f / %.4f |", r.size,
						r.loader, r.bytesPerCounterpart, r.p(50), r.p(95), r.p(99), r.p(100), r.bruteMeanMs,
						r.bruteSample, r.speedUp, r.recallStrict, r.recallTies);
			}
		}
	}

	// ---- data -------------------------------------------------------------------------

	private List<Enterprise> enterprises(int count) throws Exception {
		long started = System.nanoTime();
		List<Enterprise> enterprises = parallel(count, (i) -> {
			EnterpriseProfile profile = this.synthetic.enterprise(i);
			long t = System.nanoTime();
			EnterpriseFeatures features = this.reader.read(profile);
			return new Enterprise(Synthetic.enterpriseId(i), profile, features, System.nanoTime() - t);
		});
		double[] reads = enterprises.stream().mapToDouble((e) -> e.readNanos / 1e6).sorted().toArray();
		log("%d enterprises generated in %.1f s; ProfileReader.read(enterprise) p50 %.2f ms, p95 %.2f ms "
				+ "(text analysis, done once per pass before rank, not in the rank figures)", count,
				(System.nanoTime() - started) / 1e9, percentile(reads, 50), percentile(reads, 95));
		long withCodes = enterprises.stream().filter((e) -> !e.profile.industryCodes().isEmpty()).count();
		double concepts = enterprises.stream()
			.mapToInt((e) -> e.features.description().mentions().size())
			.average()
			.orElse(0);
		double terms = enterprises.stream()
			.mapToInt((e) -> Terms.enterpriseQuery(e.features).size())
			.average()
			.orElse(0);
		log("  with industry codes %d of %d; concepts found per description %.1f; query terms per enterprise %.0f",
				withCodes, count, concepts, terms);
		Enterprise sample = enterprises.get(enterprises.size() - 1);
		log("  e.g. %s: %s codes=%s needs=%s", sample.id, sample.profile.description(), sample.profile.industryCodes(),
				sample.profile.needs());
		return enterprises;
	}

	private List<IndexEntry<PartnerFeatures>> counterparts(int from, int to) throws Exception {
		long started = System.nanoTime();
		List<IndexEntry<PartnerFeatures>> entries = parallel(to - from, (k) -> {
			int i = from + k;
			CounterpartProfile profile = this.synthetic.counterpart(i, this.options.mix);
			return new IndexEntry<>(Synthetic.counterpartId(i), 1, this.reader.read(profile));
		});
		log("generated counterparts %,d..%,d in %.1f s (ProfileReader.read each)", from, to - 1,
				(System.nanoTime() - started) / 1e9);
		if (from == 0) {
			for (int i = 0; i < Math.min(3, to); i++) {
				log("  e.g. %s", this.synthetic.counterpart(i, this.options.mix));
			}
			checkJsonRoundTrip(entries.subList(0, Math.min(entries.size(), 1000)));
		}
		return entries;
	}

	/** The index stores JSON; the brute force scores the objects: they must be equal. */
	private void checkJsonRoundTrip(List<IndexEntry<PartnerFeatures>> entries) {
		JavaType type = this.mapper.getTypeFactory().constructParametricType(IndexEntry.class, PartnerFeatures.class);
		for (IndexEntry<PartnerFeatures> entry : entries) {
			IndexEntry<PartnerFeatures> back = this.mapper.readValue(this.mapper.writeValueAsString(entry), type);
			if (!back.equals(entry)) {
				throw new IllegalStateException("JSON round trip changes " + entry + " into " + back);
			}
		}
	}

	private String load(CandidateIndex index, StringRedisTemplate redis, List<IndexEntry<PartnerFeatures>> added,
			int size) {
		boolean put = this.options.loader.equals("put")
				|| (this.options.loader.equals("auto") && size <= this.options.putUpTo);
		if (put) {
			for (IndexEntry<PartnerFeatures> entry : added) {
				PartnerFeatures f = entry.requireProfile();
				if (!index.put(Side.COUNTERPART, entry.id(), entry.version(), f, MatchEngine.partitionOf(f),
						Terms.of(f), null)) {
					throw new IllegalStateException("put refused " + entry.id());
				}
			}
			return "put";
		}
		BulkLoader bulk = new BulkLoader(redis, this.mapper);
		for (int from = 0; from < added.size(); from += 2000) {
			bulk.load(added.subList(from, Math.min(added.size(), from + 2000)));
		}
		return "bulk";
	}

	/**
	 * Loads 10^3 counterparts with put into db 1 and with the bulk loader into db 2,
	 * compares every key.
	 */
	private void verifyBulk(RedisServer server, int count) throws Exception {
		StringRedisTemplate viaPut = server.template(1);
		StringRedisTemplate viaBulk = server.template(2);
		List<IndexEntry<PartnerFeatures>> entries = counterparts(0, count);
		CandidateIndex index = new CandidateIndex(viaPut, this.mapper, 0);
		int half = count / 2;
		// two steps each, to check the sequence carries on
		load(index, viaPut, entries.subList(0, half), 0).equals("put");
		for (IndexEntry<PartnerFeatures> entry : entries.subList(half, count)) {
			PartnerFeatures f = entry.requireProfile();
			index.put(Side.COUNTERPART, entry.id(), 1, f, MatchEngine.partitionOf(f), Terms.of(f), null);
		}
		BulkLoader bulk = new BulkLoader(viaBulk, this.mapper);
		bulk.load(entries.subList(0, half));
		bulk.load(entries.subList(half, count));
		Map<String, Object> a = dump(viaPut);
		Map<String, Object> b = dump(viaBulk);
		if (!a.equals(b)) {
			Set<String> keys = new HashSet<>(a.keySet());
			keys.addAll(b.keySet());
			List<String> differing = keys.stream()
				.filter((k) -> !Objects.equals(a.get(k), b.get(k)))
				.sorted()
				.limit(5)
				.toList();
			throw new IllegalStateException("bulk loader differs from CandidateIndex.put, e.g. " + differing + ": "
					+ differing.stream().map((k) -> a.get(k) + " vs " + b.get(k)).toList());
		}
		log("bulk loader verified: %,d counterparts, %,d keys, identical to CandidateIndex.put (types and contents)",
				count, a.size());
		for (StringRedisTemplate t : List.of(viaPut, viaBulk)) {
			t.execute((RedisCallback<Object>) (c) -> {
				c.serverCommands().flushDb();
				return null;
			});
		}
	}

	private static Map<String, Object> dump(StringRedisTemplate redis) {
		Map<String, Object> dump = new TreeMap<>();
		try (Cursor<String> keys = redis.scan(ScanOptions.scanOptions().count(1000).build())) {
			keys.forEachRemaining((key) -> {
				DataType type = redis.type(key);
				Object value = switch (type) {
					case STRING -> redis.opsForValue().get(key);
					case HASH -> new TreeMap<>(redis.opsForHash().entries(key));
					case SET -> new HashSet<>(redis.opsForSet().members(key));
					default -> type;
				};
				dump.put(key, type + "=" + value);
			});
		}
		return dump;
	}

	// ---- measurements -----------------------------------------------------------------

	private void memory(StringRedisTemplate redis, long baseline, Result result) {
		Properties memory = RedisServer.info(redis, "memory");
		result.usedMemory = Long.parseLong(memory.getProperty("used_memory"));
		result.bytesPerCounterpart = (result.usedMemory - baseline) / (double) result.size;
		// what the bytes are: docs, postings (by encoding), ids hash, live set
		Map<String, long[]> kinds = new TreeMap<>();
		long sampled = 0;
		try (Cursor<String> keys = redis.scan(ScanOptions.scanOptions().match(CP_PREFIX + "p:*").count(5000).build())) {
			List<String> batch = new ArrayList<>();
			while (keys.hasNext()) {
				batch.add(keys.next());
				if (batch.size() == 2000 || !keys.hasNext()) {
					List<?> replies = redis.execute(POSTING_STATS, batch);
					for (int i = 0; i < batch.size(); i++) {
						String encoding = String.valueOf(replies.get(3 * i)).toLowerCase(Locale.ROOT);
						long[] kind = kinds.computeIfAbsent("postings " + encoding, (x) -> new long[3]);
						kind[0]++;
						kind[1] += ((Number) replies.get(3 * i + 1)).longValue();
						kind[2] += ((Number) replies.get(3 * i + 2)).longValue();
					}
					sampled += batch.size();
					batch.clear();
				}
			}
		}
		for (String key : List.of("ids", "live")) {
			long bytes = memoryUsage(redis, List.of(CP_PREFIX + key));
			kinds.put(key, new long[] { 1, result.size, bytes });
		}
		int docSample = Math.min(result.size, 2000);
		List<String> docKeys = new ArrayList<>();
		for (int i = 0; i < docSample; i++) {
			docKeys.add(CP_PREFIX + "doc:" + (1 + (long) ((double) i / docSample * result.size)));
		}
		List<?> docSizes = redis.execute(MEMORY_USAGE, docKeys);
		long docBytes = 0;
		Map<String, long[]> byKind = new TreeMap<>();
		for (int i = 0; i < docSample; i++) {
			long bytes = ((Number) docSizes.get(i)).longValue();
			docBytes += bytes;
			int index = (int) ((double) i / docSample * result.size);
			long[] k = byKind.computeIfAbsent(Synthetic.kind(this.options.seed, index, this.options.mix).name(),
					(x) -> new long[2]);
			k[0]++;
			k[1] += bytes;
		}
		result.docBytesByKind = byKind.entrySet()
			.stream()
			.map((e) -> String.format("%s %.0f B", e.getKey(), e.getValue()[1] / (double) e.getValue()[0]))
			.collect(Collectors.joining(", "));
		kinds.put("docs (sampled MEMORY USAGE x N)",
				new long[] { result.size, result.size, docBytes * result.size / docSample });
		result.memory = kinds;
		result.postingKeys = sampled;
	}

	private static long memoryUsage(StringRedisTemplate redis, List<String> keys) {
		List<?> bytes = redis.execute(MEMORY_USAGE, keys);
		return bytes.stream().mapToLong((b) -> (b instanceof Number n) ? n.longValue() : 0).sum();
	}

	private void latency(MatchEngine engine, StringRedisTemplate redis, List<Enterprise> warmup,
			List<Enterprise> measured, Result result) {
		// the JIT is warm after the first size: later sizes warm Redis and the caches
		// only
		boolean first = result.size == this.options.sizes[0];
		int passes = (result.size >= this.options.onePassFrom) ? 1 : this.options.passes;
		result.passes = passes;
		for (Enterprise e : first ? warmup : warmup.subList(0, Math.min(warmup.size(), 50))) {
			engine.rank(e.id, e.features, Set.of(), List.of());
		}
		double[] pings = new double[1000];
		for (int i = 0; i < pings.length; i++) {
			long started = System.nanoTime();
			redis.execute((RedisCallback<Object>) (c) -> c.ping());
			pings[i] = (System.nanoTime() - started) / 1e6;
		}
		Arrays.sort(pings);
		result.pingP50 = percentile(pings, 50);
		result.pingP95 = percentile(pings, 95);
		redis.execute((RedisCallback<Object>) (c) -> {
			c.serverCommands().resetConfigStats();
			return null;
		});
		long gcBefore = gcMillis();
		double[] millis = new double[measured.size()];
		double[] cpuMillis = new double[measured.size()];
		result.indexed = new HashMap<>();
		for (int pass = 1; pass <= passes; pass++) {
			for (int i = 0; i < measured.size(); i++) {
				Enterprise e = measured.get(i);
				long cpu = THREADS.getCurrentThreadCpuTime();
				long started = System.nanoTime();
				List<Ranked> ranked = engine.rank(e.id, e.features, Set.of(), List.of());
				millis[i] = (System.nanoTime() - started) / 1e6;
				cpuMillis[i] = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
				result.indexed.put(e.id, ranked);
			}
			double[] sorted = Arrays.stream(millis).sorted().toArray();
			log("  timed pass %d: mean %.2f p50 %.2f p95 %.2f ms (load average %s)", pass,
					Arrays.stream(millis).average().orElse(0), percentile(sorted, 50), percentile(sorted, 95),
					loadAverage());
		}
		result.rankMillis = millis;
		result.cpuMillisSorted = Arrays.stream(cpuMillis).sorted().toArray();
		result.gcMillis = gcMillis() - gcBefore;
		result.rankMillisSorted = Arrays.stream(millis).sorted().toArray();
		Map<String, long[]> stats = RedisServer.commandStats(redis);
		StringBuilder server = new StringBuilder();
		double total = 0;
		// a script's time includes the commands it calls: they are listed, not added
		for (String command : List.of("evalsha", "eval", "scard", "smembers", "sismember", "smismember", "zunionstore",
				"zrange", "del", "mget", "hmget")) {
			long[] s = stats.get(command);
			if (s != null) {
				double perEnterprise = s[1] / 1000.0 / measured.size() / passes;
				if (!List.of("scard", "sismember").contains(command)) {
					total += perEnterprise;
				}
				server.append(String.format("%s %d calls/enterprise %.2f ms/enterprise; ", command,
						s[0] / measured.size() / passes, perEnterprise));
			}
		}
		result.serverMillis = total;
		result.serverStats = server.toString();
		result.resultsPerEnterprise = result.indexed.values().stream().mapToInt(List::size).average().orElse(0);
	}

	/** Where the time of rank goes, partition by partition, on a second pass. */
	private void breakdown(CandidateIndex index, StringRedisTemplate redis, MatchEngine engine,
			List<Enterprise> measured, Result result) {
		JavaType type = this.mapper.getTypeFactory().constructParametricType(IndexEntry.class, PartnerFeatures.class);
		int n = Math.min(measured.size(), this.options.breakdown);
		if (n == 0) {
			result.breakdown = " not measured";
			return;
		}
		Map<String, double[]> sums = new LinkedHashMap<>();
		for (Enterprise e : measured.subList(0, n)) {
			long t0 = System.nanoTime();
			Map<String, Double> query = Terms.enterpriseQuery(e.features);
			add(sums, "query terms", System.nanoTime() - t0, 0);
			for (Partition p : MatchEngine.PARTITIONS) {
				long t1 = System.nanoTime();
				List<IndexEntry<PartnerFeatures>> candidates = engine.candidates(e.features, p, query);
				long t2 = System.nanoTime();
				engine.top(e.features, candidates, Set.of(), this.properties.topK());
				long t3 = System.nanoTime();
				List<String> json = candidates.stream().map(this.mapper::writeValueAsString).toList();
				long t4 = System.nanoTime();
				json.forEach((j) -> this.mapper.readValue(j, type));
				long t5 = System.nanoTime();
				add(sums, p.name() + " candidates (script, entries parsed or cached)", t2 - t1, candidates.size());
				add(sums, p.name() + "   JSON parsing, were none cached", t5 - t4, 0);
				add(sums, p.name() + " exact scoring", t3 - t2, candidates.size());
			}
		}
		// what the candidate script unions: posting members by kind of term, and the
		// union's size
		Map<String, double[]> inputs = new TreeMap<>();
		int sampled = Math.min(n, 50);
		for (Enterprise e : measured.subList(0, sampled)) {
			Map<String, Double> query = Terms.enterpriseQuery(e.features);
			List<String> terms = new ArrayList<>(query.keySet());
			for (Partition p : MatchEngine.PARTITIONS) {
				if (p.side() != Side.COUNTERPART) {
					continue;
				}
				List<String> keys = new ArrayList<>();
				keys.add(CP_PREFIX + "bench-scratch");
				terms.forEach((t) -> keys.add(CP_PREFIX + "p:" + p.name() + ":" + t));
				List<String> args = new ArrayList<>();
				args.add(Integer.toString(this.properties.maxPosting()));
				args.add(Integer.toString(this.properties.candidateBudget()));
				terms.forEach((t) -> args.add(Double.toString(query.get(t))));
				List<?> sizes = redis.execute(POSTING_SIZES, keys, args.toArray());
				for (int k = 0; k < terms.size(); k++) {
					long size = ((Number) sizes.get(k)).longValue();
					String kind = p.name() + " " + terms.get(k).substring(0, 2)
							+ ((size > this.properties.maxPosting()) ? " (skipped: > max-posting)" : "");
					double[] in = inputs.computeIfAbsent(kind, (x) -> new double[2]);
					in[0] += size;
					in[1] += (size > 0) ? 1 : 0;
				}
				double[] union = inputs.computeIfAbsent(p.name() + " = union of all", (x) -> new double[2]);
				union[0] += ((Number) sizes.get(terms.size())).longValue();
				union[1]++;
				double[] selected = inputs.computeIfAbsent(p.name() + " = union within budget", (x) -> new double[2]);
				selected[0] += ((Number) sizes.get(terms.size() + 1)).longValue();
				selected[1]++;
			}
		}
		StringBuilder text = new StringBuilder();
		inputs
			.forEach((k, v) -> text.append(String.format("%n    postings %-48s %,10.0f members/enterprise (%.1f terms)",
					k, v[0] / sampled, v[1] / sampled)));
		sums.forEach((k, v) -> text.append(String.format("%n    %-45s %7.2f ms/enterprise%s", k, v[0] / 1e6 / n,
				(v[1] > 0) ? String.format(" (%.0f candidates)", v[1] / n) : "")));
		result.breakdown = text.toString();
	}

	private static long gcMillis() {
		return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()
			.stream()
			.mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime)
			.sum();
	}

	private static void add(Map<String, double[]> sums, String key, long nanos, int count) {
		double[] s = sums.computeIfAbsent(key, (k) -> new double[2]);
		s[0] += nanos;
		s[1] += count;
	}

	private void brute(MatchEngine engine, List<Enterprise> measured,
			Map<String, List<IndexEntry<PartnerFeatures>>> byPartition, Result result) {
		// a budget of pair scores: every enterprise at small sizes, a sample at large
		// ones
		int n = (int) Math.min(measured.size(),
				Math.max(this.options.bruteMin, this.options.bruteBudget / Math.max(1, result.size)));
		if (n == 0) {
			result.recallByPartition = "not measured";
			return;
		}
		double bruteNanos = 0;
		double indexedMillis = 0;
		double[] speedUps = new double[n];
		result.exact = new LinkedHashMap<>();
		Map<String, double[]> ties = new TreeMap<>();
		for (int i = 0; i < n; i++) {
			Enterprise e = measured.get(i);
			long started = System.nanoTime();
			Map<String, List<Ranked>> exact = new LinkedHashMap<>();
			for (Partition p : MatchEngine.PARTITIONS) {
				exact.put(p.name(),
						engine.top(e.features, byPartition.get(p.name()), Set.of(), this.properties.topK()));
			}
			long nanos = System.nanoTime() - started;
			bruteNanos += nanos;
			indexedMillis += result.rankMillis[i];
			speedUps[i] = nanos / 1e6 / result.rankMillis[i];
			result.exact.put(e.id, exact);
			// how many partners tie with the 10th (untimed): ties make the strict recall
			// a coin toss
			for (Partition p : MatchEngine.PARTITIONS) {
				List<Ranked> top = exact.get(p.name());
				if (top.size() == this.properties.topK()) {
					double tenth = top.get(top.size() - 1).score().value();
					long tied = engine.top(e.features, byPartition.get(p.name()), Set.of(), 1000)
						.stream()
						.filter((r) -> r.score().value() >= tenth)
						.count();
					double[] t = ties.computeIfAbsent(p.name(), (x) -> new double[2]);
					t[0] += tied;
					t[1]++;
				}
			}
		}
		result.ties = ties.entrySet()
			.stream()
			.map((t) -> String.format("%s %.0f", t.getKey(), t.getValue()[0] / t.getValue()[1]))
			.collect(Collectors.joining(", "));
		spaceMisses(measured, result);
		Recall recall = recall(result.indexed, result.exact);
		result.recallStrict = recall.strict();
		result.recallTies = recall.ties();
		result.recallPairs = recall.pairs();
		result.recallByPartition = recall.byPartition();
		result.bruteSample = n;
		result.bruteMeanMs = bruteNanos / 1e6 / n;
		result.speedUp = result.bruteMeanMs / (indexedMillis / n);
		result.speedUpMedian = percentile(Arrays.stream(speedUps).sorted().toArray(), 50);
	}

	/**
	 * What {@code Matchmaker.rematch} does when a counterpart arrives or changes: the
	 * enterprises the index proposes for it (up to {@code rematch-limit}), each read and
	 * ranked again (publishing and match-store writes left out). Enterprises are indexed
	 * as the service indexes them ({@code put} on the enterprise side, partition ALL).
	 */
	private void rematch(CandidateIndex index, StringRedisTemplate redis, MatchEngine engine,
			Map<String, List<IndexEntry<PartnerFeatures>>> byPartition, Result result) throws Exception {
		int count = this.options.rematchEnterprises;
		int base = 100_000;
		List<EnterpriseProfile> profiles = parallel(count, (i) -> this.synthetic.enterprise(base + i));
		long started = System.nanoTime();
		for (int i = 0; i < count; i++) {
			EnterpriseProfile profile = profiles.get(i);
			index.put(Side.ENTERPRISE, Synthetic.enterpriseId(base + i), 1, profile, "ALL",
					Terms.of(this.reader.read(profile)), null);
		}
		log("  rematch: %,d enterprises indexed in %.1f s", count, (System.nanoTime() - started) / 1e9);
		StringBuilder text = new StringBuilder();
		for (String partition : List.of("SPACE", "PARK_INDUSTRY", "INSTITUTION")) {
			List<IndexEntry<PartnerFeatures>> partners = byPartition.get(partition);
			for (int k = 0; k < this.options.rematchPartners && k < partners.size(); k++) {
				PartnerFeatures partner = partners.get(k * 7919 % partners.size()).requireProfile();
				long t0 = System.nanoTime();
				List<IndexEntry<EnterpriseProfile>> enterprises = index.candidates(Side.ENTERPRISE, "ALL",
						Terms.partnerQuery(partner), this.properties.rematchLimit(), this.properties.maxPosting(),
						this.properties.candidateBudget());
				long t1 = System.nanoTime();
				for (IndexEntry<EnterpriseProfile> enterprise : enterprises) {
					EnterpriseFeatures features = this.reader.read(enterprise.requireProfile());
					engine.rank(enterprise.id(), features, Set.of(), List.of());
				}
				long t2 = System.nanoTime();
				String line = String.format(Locale.ROOT,
						"%s %s: %d enterprises to re-rank (candidates %.0f ms), read + rank all %.1f s", partition,
						partner.name(), enterprises.size(), (t1 - t0) / 1e6, (t2 - t1) / 1e9);
				log("  rematch %s", line);
				text.append(String.format("%n    %s", line));
			}
		}
		result.rematch = text.toString();
		// the enterprises leave again: the memory figures are the counterparts'
		List<String> keys = new ArrayList<>();
		try (Cursor<String> cursor = redis
			.scan(ScanOptions.scanOptions().match("duijie:matching:{enterprise}:*").count(1000).build())) {
			cursor.forEachRemaining(keys::add);
		}
		for (int from = 0; from < keys.size(); from += 1000) {
			redis.unlink(keys.subList(from, Math.min(keys.size(), from + 1000)));
		}
	}

	/**
	 * A few spaces the exact scan ranks in the top 10 and the index misses, and why they
	 * score.
	 */
	private void spaceMisses(List<Enterprise> measured, Result result) {
		int shown = 0;
		for (Enterprise e : measured) {
			Map<String, List<Ranked>> exact = result.exact.get(e.id);
			if (exact == null || shown >= this.options.showMisses) {
				continue;
			}
			List<Ranked> b = exact.get("SPACE");
			List<Ranked> mine = result.indexed.get(e.id)
				.stream()
				.filter((r) -> "SPACE".equals(MatchEngine.partitionOf(r.partner().requireProfile())))
				.toList();
			if (b.isEmpty()) {
				continue;
			}
			double floor = (mine.size() < b.size()) ? 0 : mine.get(mine.size() - 1).score().value();
			Set<String> found = mine.stream().map((r) -> r.partner().id()).collect(Collectors.toSet());
			for (Ranked r : b) {
				if (found.contains(r.partner().id()) || r.score().value() <= floor
						|| shown >= this.options.showMisses) {
					continue;
				}
				PartnerFeatures p = r.partner().requireProfile();
				log("  SPACE miss: %s needs factory %s m² land %s m² power %s rent ≤ %s, %s %s %s; missed %s %s %s m² %s, codes %s, "
						+ "keywords %s: score %.3f %s; the index's %d-th space scores %.3f", e.id,
						e.profile.needs().factoryAreaM2(), e.profile.needs().landAreaM2(), e.profile.needs().powerKva(),
						e.profile.needs().maxRentCnyPerM2Month(), e.profile.region().name(), e.profile.stage(),
						e.profile.size(), r.partner().id(), p.space().type(), p.space().areaM2(), p.region().name(),
						p.industryCodes(), p.keywords().stream().map((k) -> k.text()).toList(), r.score().value(),
						r.score().reasons().stream().map((m) -> m.factor() + " " + m.contribution()).toList(),
						mine.size(), floor);
				shown++;
			}
		}
	}

	/**
	 * recall@k of the indexed top lists against the exact ones, per (enterprise,
	 * partition) pair with an exact list: strict = share of the exact top-k ids found;
	 * tie-aware = share of the exact top-k matched by an indexed result scoring at least
	 * the exact k-th score (an equally good partner, ties broken differently).
	 */
	private static Recall recall(Map<String, List<Ranked>> indexed, Map<String, Map<String, List<Ranked>>> exact) {
		double strict = 0;
		double ties = 0;
		int pairs = 0;
		Map<String, double[]> perPartition = new LinkedHashMap<>();
		for (Map.Entry<String, Map<String, List<Ranked>>> enterprise : exact.entrySet()) {
			Map<String, List<Ranked>> got = indexed.get(enterprise.getKey())
				.stream()
				.collect(Collectors.groupingBy((r) -> MatchEngine.partitionOf(r.partner().requireProfile())));
			for (Map.Entry<String, List<Ranked>> entry : enterprise.getValue().entrySet()) {
				List<Ranked> b = entry.getValue();
				if (b.isEmpty()) {
					continue;
				}
				List<Ranked> mine = got.getOrDefault(entry.getKey(), List.of());
				Set<String> bIds = b.stream().map((r) -> r.partner().id()).collect(Collectors.toSet());
				double lowest = b.get(b.size() - 1).score().value();
				long hit = mine.stream().filter((r) -> bIds.contains(r.partner().id())).count();
				long good = Math.min(b.size(), mine.stream().filter((r) -> r.score().value() >= lowest).count());
				strict += (double) hit / b.size();
				ties += (double) good / b.size();
				pairs++;
				double[] pp = perPartition.computeIfAbsent(entry.getKey(), (k) -> new double[3]);
				pp[0] += (double) hit / b.size();
				pp[1] += (double) good / b.size();
				pp[2]++;
			}
		}
		String byPartition = perPartition.entrySet()
			.stream()
			.map((e) -> String.format("%s %.4f / %.4f (%d)", e.getKey(), e.getValue()[0] / e.getValue()[2],
					e.getValue()[1] / e.getValue()[2], (int) e.getValue()[2]))
			.collect(Collectors.joining(", "));
		return new Recall(strict / Math.max(1, pairs), ties / Math.max(1, pairs), pairs, byPartition);
	}

	record Recall(double strict, double ties, int pairs, String byPartition) {
	}

	/**
	 * Other settings of the real engine over the same index and enterprises: latency (one
	 * timed pass) and recall against the same brute-force lists.
	 */
	private void variants(CandidateIndex index, MatchScorer scorer, StringRedisTemplate redis,
			List<Enterprise> measured, Result result) {
		for (int[] variant : this.options.variants) {
			MatchingProperties props = new MatchingProperties(this.options.threshold, Duration.ofSeconds(30),
					Weights.DEFAULTS, this.options.topK, variant[1], variant[0], variant[2], this.options.rematchLimit,
					50, this.options.parsedEntries);
			MatchEngine engine = new MatchEngine(index, scorer, props);
			for (Enterprise e : measured.subList(0, Math.min(20, measured.size()))) {
				engine.rank(e.id, e.features, Set.of(), List.of());
			}
			redis.execute((RedisCallback<Object>) (c) -> {
				c.serverCommands().resetConfigStats();
				return null;
			});
			double[] millis = new double[measured.size()];
			double[] cpu = new double[measured.size()];
			Map<String, List<Ranked>> indexed = new HashMap<>();
			for (int i = 0; i < measured.size(); i++) {
				Enterprise e = measured.get(i);
				long c0 = THREADS.getCurrentThreadCpuTime();
				long t0 = System.nanoTime();
				indexed.put(e.id, engine.rank(e.id, e.features, Set.of(), List.of()));
				millis[i] = (System.nanoTime() - t0) / 1e6;
				cpu[i] = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
			}
			Map<String, long[]> stats = RedisServer.commandStats(redis);
			double server = 0;
			for (String command : List.of("evalsha", "eval", "mget", "hmget")) {
				long[] st = stats.get(command);
				server += (st != null) ? st[1] / 1000.0 / measured.size() : 0;
			}
			Arrays.sort(millis);
			Arrays.sort(cpu);
			String recall = "not measured";
			if (result.exact != null && !result.exact.isEmpty()) {
				Map<String, List<Ranked>> sampled = new HashMap<>(indexed);
				sampled.keySet().retainAll(result.exact.keySet());
				Recall r = recall(sampled, result.exact);
				recall = String.format("%.4f / %.4f (%s)", r.strict(), r.ties(), r.byPartition());
			}
			String line = String.format(Locale.ROOT,
					"| %,d | max-posting %,d, candidates %d, budget %,d | %.1f / %.1f / %.1f | %.1f / %.1f | %.1f | %s |",
					result.size, variant[0], variant[1], variant[2], percentile(millis, 50), percentile(millis, 95),
					percentile(millis, 99), percentile(cpu, 50), percentile(cpu, 95), server, recall);
			result.variants.add(line);
			log("  variant%s", line);
		}
	}

	// ---- helpers ----------------------------------------------------------------------

	private <T> List<T> parallel(int count, java.util.function.IntFunction<T> task) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(this.options.threads);
		try {
			int chunk = Math.max(1, (count + this.options.threads * 8 - 1) / (this.options.threads * 8));
			List<Future<List<T>>> futures = new ArrayList<>();
			for (int from = 0; from < count; from += chunk) {
				int start = from;
				int end = Math.min(count, from + chunk);
				futures.add(pool.submit(() -> IntStream.range(start, end).mapToObj(task).toList()));
			}
			List<T> all = new ArrayList<>(count);
			for (Future<List<T>> future : futures) {
				try {
					all.addAll(future.get());
				}
				catch (ExecutionException ex) {
					throw new IllegalStateException(ex.getCause());
				}
			}
			return all;
		}
		finally {
			pool.shutdown();
		}
	}

	static double percentile(double[] sorted, double p) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int rank = (int) Math.ceil(p / 100.0 * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}

	static String loadAverage() {
		try {
			return java.nio.file.Files.readString(Path.of("/proc/loadavg")).strip();
		}
		catch (java.io.IOException ex) {
			return "?";
		}
	}

	static void log(String format, Object... args) {
		System.out.println(String.format(Locale.ROOT, format, args));
		System.out.flush();
	}

	record Enterprise(String id, EnterpriseProfile profile, EnterpriseFeatures features, long readNanos) {
	}

	static final class Result {

		final int size;

		String loader;

		double loadPerSecond;

		long usedMemory;

		double bytesPerCounterpart;

		Map<String, long[]> memory;

		long postingKeys;

		String docBytesByKind;

		long heapBytes;

		double[] rankMillis;

		double[] rankMillisSorted;

		double[] cpuMillisSorted;

		Map<String, List<Ranked>> indexed;

		Map<String, Map<String, List<Ranked>>> exact;

		List<String> variants = new ArrayList<>();

		String rematch;

		String ties;

		double resultsPerEnterprise;

		double serverMillis;

		int passes;

		double pingP50;

		double pingP95;

		long gcMillis;

		String serverStats;

		String breakdown;

		int bruteSample;

		double bruteMeanMs;

		double speedUp;

		double speedUpMedian;

		double recallStrict;

		double recallTies;

		int recallPairs;

		String recallByPartition;

		Result(int size) {
			this.size = size;
		}

		double p(double p) {
			return percentile(this.rankMillisSorted, p);
		}

		void print() {
			log("== %,d counterparts ==", this.size);
			log("  Redis: used_memory %,d B, %.0f B per counterpart; %,d posting keys", this.usedMemory,
					this.bytesPerCounterpart, this.postingKeys);
			log("    docs by kind (MEMORY USAGE, sampled): %s; JVM heap in use %,d MB (features of all counterparts held for the brute force)",
					this.docBytesByKind, this.heapBytes >> 20);
			this.memory.forEach((kind, v) -> log("    %-34s keys %,9d members %,11d  %,13d B  (%.0f B/counterpart)",
					kind, v[0], v[1], v[2], v[2] / (double) this.size));
			log("  rank (%d enterprises, last of %d timed passes): mean %.2f p50 %.2f p95 %.2f p99 %.2f max %.2f ms; %.1f matches per enterprise",
					this.rankMillis.length, this.passes, Arrays.stream(this.rankMillis).average().orElse(0), p(50),
					p(95), p(99), p(100), this.resultsPerEnterprise);
			log("  client CPU of rank (calling thread): mean %.2f p50 %.2f p95 %.2f ms; + Redis server time (below) = the work of one rank without contention",
					Arrays.stream(this.cpuMillisSorted).average().orElse(0), percentile(this.cpuMillisSorted, 50),
					percentile(this.cpuMillisSorted, 95));
			log("  GC during the timed pass %d ms; baseline round trip (PING, same client) p50 %.3f ms p95 %.3f ms; load average %s",
					this.gcMillis, this.pingP50, this.pingP95, loadAverage());
			log("  Redis server time per enterprise: %.2f ms (%s)", this.serverMillis, this.serverStats);
			log("  breakdown (second pass):%s", this.breakdown);
			log("  brute force (%d enterprises): mean %.1f ms; speed-up mean %.0f×, median %.0f×", this.bruteSample,
					this.bruteMeanMs, this.speedUp, this.speedUpMedian);
			log("  partners scoring at least the exact 10th score (mean, where 10 were found): %s", this.ties);
			log("  recall@10 strict %.4f, tie-aware %.4f over %d (enterprise, partition) pairs; %s", this.recallStrict,
					this.recallTies, this.recallPairs, this.recallByPartition);
		}

	}

	/**
	 * Command-line options: {@code --sizes 1000,10000,100000,1000000 --enterprises 500
	 * --warmup 1000 --passes 3 --brute-budget 20000000 --brute-min 20 --loader auto|put|bulk
	 * --put-up-to 100000 --mix 70,25,5 --candidates 200 --max-posting 100000 --top-k 10
	 * --threshold 0.3 --intset-entries 0 --verify-bulk 1000 --breakdown 200 --threads 2 --parsed-entries 50000
	 * --seed 42 --dictionary seeds/dictionary --variants 5000:200,20000:100} (variants:
	 * further max-posting:candidates settings; --rematch-at 10000 --rematch-enterprises
	 * 10000 --rematch-partners 2: at that size, what a partner change costs).
	 */
	static final class Options {

		int[] sizes = { 1000, 10_000, 100_000, 1_000_000 };

		int enterprises = 500;

		int warmup = 1000;

		long bruteBudget = 20_000_000;

		int bruteMin = 20;

		String loader = "auto";

		int putUpTo = 100_000;

		int[] mix = { 70, 25, 5 };

		int candidates = 200;

		int maxPosting = 100_000;

		int budget = 5_000;

		int topK = 10;

		double threshold = 0.3;

		int intsetEntries = 0;

		int verifyBulk = 1000;

		int breakdown = 200;

		int passes = 3;

		/**
		 * Other (max-posting, candidates[, budget]) settings measured after the main one.
		 */
		int[][] variants = {};

		/**
		 * At this size, index --rematch-enterprises enterprises and time what a partner
		 * change costs.
		 */
		int rematchAt = 0;

		int rematchEnterprises = 10_000;

		int rematchPartners = 2;

		int rematchLimit = 1000;

		/** Spaces the index misses, shown per size. */
		int showMisses = 5;

		int onePassFrom = 1_000_000;

		int threads = 2;

		int parsedEntries = 50_000;

		long seed = 42;

		Path dictionary = Path.of("seeds/dictionary");

		static Options parse(String[] args) {
			Options o = new Options();
			o.serviceDefaults(Path.of("matching-service/src/main/resources/application.yml"));
			for (int i = 0; i < args.length; i += 2) {
				String value = args[i + 1];
				switch (args[i]) {
					case "--sizes" -> o.sizes = ints(value);
					case "--enterprises" -> o.enterprises = Integer.parseInt(value);
					case "--warmup" -> o.warmup = Integer.parseInt(value);
					case "--brute-budget" -> o.bruteBudget = Long.parseLong(value);
					case "--brute-min" -> o.bruteMin = Integer.parseInt(value);
					case "--loader" -> o.loader = value;
					case "--put-up-to" -> o.putUpTo = Integer.parseInt(value);
					case "--mix" -> o.mix = ints(value);
					case "--candidates" -> o.candidates = Integer.parseInt(value);
					case "--max-posting" -> o.maxPosting = Integer.parseInt(value);
					case "--budget" -> o.budget = Integer.parseInt(value);
					case "--top-k" -> o.topK = Integer.parseInt(value);
					case "--threshold" -> o.threshold = Double.parseDouble(value);
					case "--intset-entries" -> o.intsetEntries = Integer.parseInt(value);
					case "--verify-bulk" -> o.verifyBulk = Integer.parseInt(value);
					case "--breakdown" -> o.breakdown = Integer.parseInt(value);
					case "--passes" -> o.passes = Integer.parseInt(value);
					case "--rematch-at" -> o.rematchAt = Integer.parseInt(value);
					case "--rematch-enterprises" -> o.rematchEnterprises = Integer.parseInt(value);
					case "--rematch-partners" -> o.rematchPartners = Integer.parseInt(value);
					case "--rematch-limit" -> o.rematchLimit = Integer.parseInt(value);
					case "--show-misses" -> o.showMisses = Integer.parseInt(value);
					case "--variants" -> o.variants = Arrays.stream(value.split(","))
						.map((v) -> ints(v.replace(':', ',')))
						.map((v) -> (v.length == 3) ? v : new int[] { v[0], v[1], o.budget })
						.toArray(int[][]::new);
					case "--one-pass-from" -> o.onePassFrom = Integer.parseInt(value);
					case "--threads" -> o.threads = Integer.parseInt(value);
					case "--parsed-entries" -> o.parsedEntries = Integer.parseInt(value);
					case "--seed" -> o.seed = Long.parseLong(value);
					case "--dictionary" -> o.dictionary = Path.of(value);
					default -> throw new IllegalArgumentException("Unknown option " + args[i]);
				}
			}
			if (o.mix.length != 3 || o.mix[0] + o.mix[1] + o.mix[2] != 100) {
				throw new IllegalArgumentException("--mix spaces,clusters,institutions must add up to 100");
			}
			return o;
		}

		/**
		 * The engine settings the service runs with ({@code duijie.matching.*} in its
		 * application.yml), so that the benchmark measures what is deployed unless told
		 * otherwise.
		 */
		private void serviceDefaults(Path yml) {
			try {
				for (String line : java.nio.file.Files.readAllLines(yml)) {
					String[] kv = line.strip().split(":\\s*", 2);
					if (kv.length < 2 || kv[1].isBlank() || !line.startsWith("    ") || line.startsWith("      ")) {
						continue;
					}
					String value = kv[1].strip();
					switch (kv[0]) {
						case "threshold" -> this.threshold = Double.parseDouble(value);
						case "candidates" -> this.candidates = Integer.parseInt(value);
						case "max-posting" -> this.maxPosting = Integer.parseInt(value);
						case "candidate-budget" -> this.budget = Integer.parseInt(value);
						case "rematch-limit" -> this.rematchLimit = Integer.parseInt(value);
						default -> {
						}
					}
				}
			}
			catch (java.io.IOException | NumberFormatException ex) {
				log("could not read the service's settings from %s (%s): built-in defaults", yml, ex);
			}
		}

		private static int[] ints(String value) {
			return Arrays.stream(value.split(",")).map(String::strip).mapToInt(Integer::parseInt).toArray();
		}

		@Override
		public String toString() {
			return String.format(Locale.ROOT,
					"sizes=%s enterprises=%d warmup=%d passes=%d bruteBudget=%d bruteMin=%d loader=%s putUpTo=%d mix=%s "
							+ "candidates=%d maxPosting=%d budget=%d rematchLimit=%d topK=%d threshold=%s intsetEntries=%d "
							+ "verifyBulk=%d seed=%d threads=%d parsedEntries=%d",
					Arrays.toString(this.sizes), this.enterprises, this.warmup, this.passes, this.bruteBudget,
					this.bruteMin, this.loader, this.putUpTo, Arrays.toString(this.mix), this.candidates,
					this.maxPosting, this.budget, this.rematchLimit, this.topK, this.threshold, this.intsetEntries,
					this.verifyBulk, this.seed, this.threads, this.parsedEntries);
		}

	}

}

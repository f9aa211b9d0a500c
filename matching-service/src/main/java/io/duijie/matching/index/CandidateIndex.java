package io.duijie.matching.index;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.duijie.matching.system.MatchingProperties;
import io.lettuce.core.LettuceFutures;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.output.CommandOutput;
import io.lettuce.core.protocol.CommandArgs;
import io.lettuce.core.protocol.CommandType;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * The candidate index in Redis: every entry (an enterprise's profile, a partner's
 * features) under a small document number, and an inverted index of int-set postings by
 * {@link Terms term}, one set per partition (a partner kind) and term. A query:
 * <ol>
 * <li>chooses its postings in a Lua script ({@code SCARD}: terms too common to
 * discriminate are skipped, the rest taken by weight within a budget);</li>
 * <li>reads them ({@code SMEMBERS}, sent at once, each reply parsed straight into
 * document numbers) and unions them with their weights here ({@link WeightedUnion});</li>
 * <li>reads the revisions of the best {@code limit} ({@code HMGET}; with holding terms,
 * {@code SMISMEMBER} first) and the entries it does not hold parsed at that revision
 * ({@code MGET}).</li>
 * </ol>
 * The caller scores the candidates exactly. Three to five round trips per query (the
 * holding filter adds one, entries all held parsed save one), whatever the index size,
 * each small.
 *
 * <p>
 * Why the union is not computed inside Redis: {@code ZUNIONSTORE} builds a sorted set of
 * every member (a string, a hash entry and a skip-list node each) only for the top few
 * hundred to be read; it was half of Redis' time per ranked enterprise. Reading int-set
 * postings and summing here costs a fraction of that, on the service's side, which scales
 * out, rather than on Redis' one thread.
 *
 * <p>
 * Entries keep their version: an older version redelivered after a newer one (or after a
 * withdrawal) is ignored. A withdrawn entry keeps its version without payload and leaves
 * every posting. Writes are pipelined. Not safe for concurrent writers of the same entry;
 * the {@code Matchmaker} serialises them.
 */
@Component
public class CandidateIndex {

	/**
	 * Chooses the postings a query reads: KEYS the holding postings, then the terms'
	 * postings (area terms first); ARGV[1] largest posting used, ARGV[2] budget, ARGV[3]
	 * how many holding postings, ARGV[4] how many area terms, ARGV[5..] the terms'
	 * weights. Returns the numbers of the terms chosen (1 for the first term).
	 *
	 * <p>
	 * Terms are taken by weight, then the shorter posting first (then in the query's
	 * order), while their postings together stay within the budget (the first always):
	 * what is read is bounded whatever the index size, and what is left out are the
	 * common, light terms (region, broad category) that cannot make a match on their own.
	 * Area terms are taken first, within a budget of their own. None when no holding
	 * posting has a member.
	 */
	private static final RedisScript<List> CHOOSE = RedisScript.of("""
			local cap, budget = tonumber(ARGV[1]), tonumber(ARGV[2])
			local holding, areaTerms = tonumber(ARGV[3]), tonumber(ARGV[4])
			if holding > 0 then
			  local any = false
			  for h = 1, holding do
			    any = any or redis.call('SCARD', KEYS[h]) > 0
			  end
			  if not any then return {} end
			end
			local area, others = {}, {}
			for i = holding + 1, #KEYS do
			  local n = redis.call('SCARD', KEYS[i])
			  if n > 0 and n <= cap then
			    local term = i - holding
			    local t = {term = term, weight = tonumber(ARGV[4 + term]), size = n}
			    if term <= areaTerms then area[#area + 1] = t else others[#others + 1] = t end
			  end
			end
			local chosen = {}
			local function take(terms)
			  table.sort(terms, function(a, b)
			    if a.weight ~= b.weight then return a.weight > b.weight end
			    if a.size ~= b.size then return a.size < b.size end
			    return a.term < b.term
			  end)
			  local total, first = 0, true
			  for _, t in ipairs(terms) do
			    if total + t.size <= budget or first then
			      chosen[#chosen + 1] = tostring(t.term)
			      total = total + t.size
			      first = false
			    end
			  end
			end
			take(area)
			take(others)
			return chosen
			""", List.class);

	/**
	 * Candidates a holding filter is asked about per round trip, as a multiple of the
	 * limit.
	 */
	private static final int HOLDING_PAGE = 3;

	/** Entries read per MGET when a whole side is read. */
	static final int READ_BATCH = 500;

	private static final String MARKER_KEY = "duijie:matching:index:rebuilt";

	private final StringRedisTemplate redis;

	private final JsonMapper mapper;

	/**
	 * How long a reply read through Lettuce directly is waited for: the command timeout
	 * the connection factory was configured with ({@code duijie.redis.command-timeout}),
	 * as for every other command.
	 */
	private final Duration commandTimeout;

	/**
	 * Parsed entries by side, keyed by document number, with the revision they were read
	 * at; null when not cached.
	 */
	private final @Nullable Map<Side<?>, Cache<Long, Parsed>> parsed;

	@Autowired
	public CandidateIndex(StringRedisTemplate redis, JsonMapper mapper, MatchingProperties properties) {
		this(redis, mapper, properties.parsedEntries());
	}

	/**
	 * @param parsedEntries how many parsed candidate entries to keep per side (0: none)
	 */
	public CandidateIndex(StringRedisTemplate redis, JsonMapper mapper, int parsedEntries) {
		this.redis = redis;
		this.mapper = entryMapper(mapper);
		this.commandTimeout = ((LettuceConnectionFactory) redis.getRequiredConnectionFactory()).getClientConfiguration()
			.getCommandTimeout();
		this.parsed = (parsedEntries > 0) ? Map.of(Side.ENTERPRISE, cache(parsedEntries), Side.COUNTERPART,
				cache(parsedEntries), Side.INVESTOR, cache(parsedEntries)) : null;
	}

	private static Cache<Long, Parsed> cache(int entries) {
		return Caffeine.newBuilder().maximumSize(entries).build();
	}

	/**
	 * The mapper of stored entries: nulls are left out (a million entries, a few hundred
	 * bytes less each).
	 */
	public static JsonMapper entryMapper(JsonMapper mapper) {
		return mapper.rebuild()
			.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
			.build();
	}

	public <P> Optional<IndexEntry<P>> get(Side<P> side, String id) {
		Long docNo = docNo(side, id);
		if (docNo == null) {
			return Optional.empty();
		}
		return Optional.ofNullable(this.redis.opsForValue().get(side.docKey(docNo))).map((j) -> parse(side, j));
	}

	/** Entries by id; absent ids are left out. */
	public <P> List<IndexEntry<P>> get(Side<P> side, Collection<String> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		List<Object> docNos = this.redis.opsForHash().multiGet(side.idsKey(), new ArrayList<>(ids));
		List<String> keys = docNos.stream()
			.filter((d) -> d != null)
			.map((d) -> side.docKey(Long.parseLong((String) d)))
			.toList();
		return read(side, keys);
	}

	/** Every live entry of a side, read in batches. */
	public <P> List<IndexEntry<P>> live(Side<P> side) {
		List<String> docNos = new ArrayList<>(this.redis.opsForSet().members(side.liveKey()));
		List<IndexEntry<P>> entries = new ArrayList<>(docNos.size());
		for (int from = 0; from < docNos.size(); from += READ_BATCH) {
			List<String> keys = docNos.subList(from, Math.min(docNos.size(), from + READ_BATCH))
				.stream()
				.map((d) -> side.docKey(Long.parseLong(d)))
				.toList();
			read(side, keys).stream().filter(IndexEntry::live).forEach(entries::add);
		}
		return entries;
	}

	/** {@link #candidates(Side, String, Map, int, int, int)} with no budget. */
	public <P> List<IndexEntry<P>> candidates(Side<P> side, String partition, Map<String, Double> terms, int limit,
			int maxPosting) {
		return candidates(side, partition, terms, limit, maxPosting, Integer.MAX_VALUE);
	}

	/**
	 * The entries of one partition that share the most weighted terms with a query, best
	 * first.
	 * @param terms the query's terms and their weights
	 * @param limit how many candidates at most
	 * @param maxPosting postings longer than this are skipped (a term that most entries
	 * share does not discriminate; the exact scorer still counts it)
	 * @param budget the most posting members one query unions
	 */
	public <P> List<IndexEntry<P>> candidates(Side<P> side, String partition, Map<String, Double> terms, int limit,
			int maxPosting, int budget) {
		return candidates(side, partition, List.of(), Map.of(), terms, limit, maxPosting, budget);
	}

	/**
	 * The entries of one partition posted under one of the holding terms that share the
	 * most weighted terms with a query, best first.
	 * @param holding terms of which an entry must be posted under one (none: any will
	 * do); they filter, they do not rank
	 * @param area terms taken first, within a budget of their own
	 * @param terms the query's other terms and their weights
	 * @param budget the most posting members one query unions, for the area terms and for
	 * the others
	 */
	public <P> List<IndexEntry<P>> candidates(Side<P> side, String partition, List<String> holding,
			Map<String, Double> area, Map<String, Double> terms, int limit, int maxPosting, int budget) {
		if (area.isEmpty() && terms.isEmpty()) {
			return List.of();
		}
		List<String> keys = new ArrayList<>(holding.size() + area.size() + terms.size());
		List<String> args = new ArrayList<>(area.size() + terms.size() + 4);
		List<Double> weights = new ArrayList<>(area.size() + terms.size());
		holding.forEach((term) -> keys.add(side.postingKey(partition, term)));
		args.add(Integer.toString(maxPosting));
		args.add(Integer.toString(budget));
		args.add(Integer.toString(holding.size()));
		args.add(Integer.toString(area.size()));
		for (Map<String, Double> part : List.of(area, terms)) {
			part.forEach((term, weight) -> {
				keys.add(side.postingKey(partition, term));
				args.add(Double.toString(weight));
				weights.add(weight);
			});
		}
		List<?> chosen = this.redis.execute(CHOOSE, keys, args.toArray());
		if (chosen == null || chosen.isEmpty()) {
			return List.of();
		}
		List<String> read = new ArrayList<>(chosen.size());
		List<Double> readWeights = new ArrayList<>(chosen.size());
		for (Object term : chosen) {
			int number = Integer.parseInt(term.toString());
			read.add(keys.get(holding.size() + number - 1));
			readWeights.add(weights.get(number - 1));
		}
		List<long[]> postings = members(read);
		int members = 0;
		for (long[] posting : postings) {
			members += posting.length;
		}
		WeightedUnion union = new WeightedUnion(members);
		for (int i = 0; i < postings.size(); i++) {
			union.add(postings.get(i), readWeights.get(i));
		}
		return entries(side, best(keys.subList(0, holding.size()), union.best(), limit));
	}

	/**
	 * The live entries of some documents, in their order. Their revisions are read first
	 * ({@code HMGET}, a few bytes each), and only the entries not held parsed at that
	 * revision are read ({@code MGET}): a candidate's JSON is kilobytes, and popular
	 * partners are candidates query after query.
	 */
	private <P> List<IndexEntry<P>> entries(Side<P> side, List<Long> docNos) {
		if (docNos.isEmpty()) {
			return List.of();
		}
		Cache<Long, Parsed> cache = (this.parsed != null) ? this.parsed.get(side) : null;
		List<Object> revisions = (cache != null)
				? this.redis.opsForHash()
					.multiGet(side.revisionsKey(), docNos.stream().map((d) -> (Object) Long.toString(d)).toList())
				: null;
		List<@Nullable IndexEntry<?>> found = new ArrayList<>(docNos.size());
		List<Integer> missing = new ArrayList<>();
		for (int i = 0; i < docNos.size(); i++) {
			Parsed held = (cache != null) ? cache.getIfPresent(docNos.get(i)) : null;
			if (held != null && held.revision() == revision(revisions, i)) {
				found.add(held.entry());
			}
			else {
				found.add(null);
				missing.add(i);
			}
		}
		if (!missing.isEmpty()) {
			List<String> values = this.redis.opsForValue()
				.multiGet(missing.stream().map((i) -> side.docKey(docNos.get(i))).toList());
			for (int m = 0; m < missing.size(); m++) {
				String json = (values != null) ? values.get(m) : null;
				if (json == null) {
					continue;
				}
				int i = missing.get(m);
				IndexEntry<P> entry = parse(side, json);
				found.set(i, entry);
				if (cache != null) {
					// the entry read is at least as new as this revision: at worst it is
					// read again next time
					cache.put(docNos.get(i), new Parsed(revision(revisions, i), entry));
				}
			}
		}
		List<IndexEntry<P>> entries = new ArrayList<>(found.size());
		for (IndexEntry<?> entry : found) {
			if (entry != null && entry.live()) {
				@SuppressWarnings("unchecked")
				IndexEntry<P> typed = (IndexEntry<P>) entry;
				entries.add(typed);
			}
		}
		return entries;
	}

	/**
	 * A revision read with {@code HMGET}: 0 for an entry written before revisions were
	 * kept (its next write makes it 1).
	 */
	private static long revision(@Nullable List<Object> revisions, int i) {
		Object revision = (revisions != null) ? revisions.get(i) : null;
		return (revision != null) ? Long.parseLong((String) revision) : 0;
	}

	/**
	 * The members of some postings, sent at once: no script (a script's reply is
	 * converted to Lua values and back, which cost Redis three times the reading), and
	 * each reply read straight into document numbers ({@link PostingOutput}: no object
	 * per member).
	 */
	private List<long[]> members(List<String> keys) {
		return this.redis.execute((RedisCallback<List<long[]>>) (connection) -> {
			@SuppressWarnings("unchecked")
			RedisClusterAsyncCommands<byte[], byte[]> commands = (RedisClusterAsyncCommands<byte[], byte[]>) connection
				.getNativeConnection();
			List<RedisFuture<long[]>> replies = new ArrayList<>(keys.size());
			for (String key : keys) {
				replies.add(commands.dispatch(CommandType.SMEMBERS, new PostingOutput(),
						new CommandArgs<>(ByteArrayCodec.INSTANCE).addKey(bytes(key))));
			}
			List<long[]> postings = new ArrayList<>(keys.size());
			for (RedisFuture<long[]> reply : replies) {
				postings.add(LettuceFutures.awaitOrCancel(reply, this.commandTimeout.toNanos(), TimeUnit.NANOSECONDS));
			}
			return postings;
		});
	}

	/**
	 * The first {@code limit} members posted under one of the holding postings (any
	 * member, when there are none), a page at a time.
	 */
	private List<Long> best(List<String> holding, long[] best, int limit) {
		List<Long> docNos = new ArrayList<>(Math.min(limit, best.length));
		if (holding.isEmpty()) {
			for (int i = 0; i < Math.min(limit, best.length); i++) {
				docNos.add(best[i]);
			}
			return docNos;
		}
		int page = HOLDING_PAGE * limit;
		for (int from = 0; from < best.length && docNos.size() < limit; from += page) {
			byte[][] members = new byte[Math.min(best.length, from + page) - from][];
			for (int i = 0; i < members.length; i++) {
				members[i] = bytes(Long.toString(best[from + i]));
			}
			List<List<Boolean>> held = this.redis.execute((RedisCallback<List<List<Boolean>>>) (connection) -> {
				List<List<Boolean>> replies = new ArrayList<>(holding.size());
				for (String key : holding) {
					replies.add(connection.setCommands().sMIsMember(bytes(key), members));
				}
				return replies;
			});
			for (int i = 0; i < members.length && docNos.size() < limit; i++) {
				for (List<Boolean> posting : held) {
					if (Boolean.TRUE.equals(posting.get(i))) {
						docNos.add(best[from + i]);
						break;
					}
				}
			}
		}
		return docNos;
	}

	/**
	 * Stores a version unless the index already holds a newer one (or a withdrawal of
	 * this or a newer version), moving its postings from the old terms to the new. The
	 * same version again is accepted: a redelivery re-runs its (idempotent) scoring.
	 * @return whether the version was accepted
	 */
	public <P> boolean put(Side<P> side, String id, long version, P payload, String partition, Set<String> terms,
			@Nullable Indexed previous) {
		IndexEntry<P> current = get(side, id).orElse(null);
		if (current != null && (current.live() ? version < current.version() : version <= current.version())) {
			return false;
		}
		long docNo = allocate(side, id);
		String json = write(new IndexEntry<>(id, version, payload));
		this.redis.executePipelined((RedisCallback<Object>) (connection) -> {
			byte[] member = bytes(Long.toString(docNo));
			if (previous != null) {
				for (String term : previous.terms()) {
					if (!terms.contains(term) || !partition.equals(previous.partition())) {
						connection.setCommands().sRem(bytes(side.postingKey(previous.partition(), term)), member);
					}
				}
			}
			for (String term : terms) {
				connection.setCommands().sAdd(bytes(side.postingKey(partition, term)), member);
			}
			connection.stringCommands().set(bytes(side.docKey(docNo)), bytes(json));
			connection.hashCommands().hIncrBy(bytes(side.revisionsKey()), member, 1);
			connection.setCommands().sAdd(bytes(side.liveKey()), member);
			return null;
		});
		return true;
	}

	/**
	 * Withdraws an entry: keeps its version without payload, drops it from its postings
	 * and the live set.
	 * @param version the withdrawal's version, or {@code null} for a tombstone (always
	 * applied)
	 * @return whether the withdrawal was applied ({@code false} when the index holds a
	 * newer version)
	 */
	public <P> boolean withdraw(Side<P> side, String id, @Nullable Long version, @Nullable Indexed previous) {
		IndexEntry<P> current = get(side, id).orElse(null);
		if (version != null && current != null && version < current.version()) {
			return false;
		}
		long kept = Math.max((version != null) ? version : 0, (current != null) ? current.version() : 0);
		if (kept == 0) {
			return true;
		}
		long docNo = allocate(side, id);
		String json = write(new IndexEntry<P>(id, kept, null));
		this.redis.executePipelined((RedisCallback<Object>) (connection) -> {
			byte[] member = bytes(Long.toString(docNo));
			if (previous != null) {
				for (String term : previous.terms()) {
					connection.setCommands().sRem(bytes(side.postingKey(previous.partition(), term)), member);
				}
			}
			connection.stringCommands().set(bytes(side.docKey(docNo)), bytes(json));
			connection.hashCommands().hIncrBy(bytes(side.revisionsKey()), member, 1);
			connection.setCommands().sRem(bytes(side.liveKey()), member);
			return null;
		});
		return true;
	}

	/** True when the index was filled (or rebuilt) and has not lost its state since. */
	public boolean isBuilt() {
		return Boolean.TRUE.equals(this.redis.hasKey(MARKER_KEY));
	}

	public void markBuilt() {
		this.redis.opsForValue().set(MARKER_KEY, Instant.now().toString());
	}

	private @Nullable Long docNo(Side<?> side, String id) {
		Object docNo = this.redis.opsForHash().get(side.idsKey(), id);
		return (docNo != null) ? Long.valueOf((String) docNo) : null;
	}

	private long allocate(Side<?> side, String id) {
		Long docNo = docNo(side, id);
		if (docNo != null) {
			return docNo;
		}
		long next = this.redis.opsForValue().increment(side.sequenceKey());
		this.redis.opsForHash().put(side.idsKey(), id, Long.toString(next));
		return next;
	}

	private <P> List<IndexEntry<P>> read(Side<P> side, List<String> keys) {
		if (keys.isEmpty()) {
			return List.of();
		}
		List<String> values = this.redis.opsForValue().multiGet(keys);
		List<IndexEntry<P>> entries = new ArrayList<>(keys.size());
		if (values != null) {
			for (String json : values) {
				if (json != null) {
					entries.add(parse(side, json));
				}
			}
		}
		return entries;
	}

	private <P> IndexEntry<P> parse(Side<P> side, String json) {
		JavaType type = this.mapper.getTypeFactory().constructParametricType(IndexEntry.class, side.payloadType());
		return this.mapper.readValue(json, type);
	}

	private String write(IndexEntry<?> entry) {
		return this.mapper.writeValueAsString(entry);
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * A posting as Redis sends it ({@code SMEMBERS}: an array of decimal strings), read
	 * into document numbers as it arrives.
	 */
	private static final class PostingOutput extends CommandOutput<byte[], byte[], long[]> {

		private int size;

		PostingOutput() {
			super(ByteArrayCodec.INSTANCE, new long[0]);
		}

		@Override
		public void multi(int count) {
			this.output = new long[Math.max(0, count)];
		}

		@Override
		public void set(ByteBuffer bytes) {
			long member = 0;
			while (bytes.hasRemaining()) {
				member = member * 10 + (bytes.get() - '0');
			}
			set(member);
		}

		@Override
		public void set(long member) {
			if (this.size == this.output.length) {
				this.output = Arrays.copyOf(this.output, Math.max(16, 2 * this.size));
			}
			this.output[this.size++] = member;
		}

		@Override
		public long[] get() {
			return (this.size == this.output.length) ? this.output : Arrays.copyOf(this.output, this.size);
		}

	}

	/** An entry parsed at one of its revisions. */
	private record Parsed(long revision, IndexEntry<?> entry) {
	}

	/**
	 * Where an entry's previous version was posted (recomputed from that version by the
	 * caller).
	 */
	public record Indexed(String partition, Set<String> terms) {
	}

}

package io.duijie.matching.index;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.duijie.matching.system.MatchingProperties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * The candidate index in Redis: every entry (an enterprise's profile, a partner's
 * features) under a small document number, and an inverted index of int-set postings by
 * {@link Terms term}, one set per partition (a partner kind) and term. A query unions the
 * postings of its terms with their weights inside Redis (one Lua script: {@code SCARD} to
 * skip terms too common to discriminate, {@code ZUNIONSTORE} with weights, the top
 * {@code limit} by weight, and their entries) and the caller scores them exactly. One
 * round trip per query whatever the index size; entries are parsed once (a bounded cache
 * keyed by their stored text).
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
	 * Returns the top candidates' entries: KEYS[1] scratch, KEYS[2..] the holding
	 * postings, then the terms' postings (area terms first); ARGV[1] largest posting
	 * used, ARGV[2] limit, ARGV[3] budget, ARGV[4] the prefix of entry keys, ARGV[5] how
	 * many holding postings, ARGV[6] how many area terms, ARGV[7..] the terms' weights.
	 *
	 * <p>
	 * Terms are taken by weight, then the shorter posting first, while their postings
	 * together stay within the budget (the first always): the union's cost is bounded
	 * whatever the index size, and what is left out are the common, light terms (region,
	 * broad category) that cannot make a match on their own. Area terms are taken first,
	 * within a budget of their own. With holding postings (the spaces that can hold a
	 * need), the union is read best first and only members of one of them are kept. One
	 * {@code ZUNIONSTORE}; the entries are read in the same script (one round trip),
	 * their keys sharing the postings' hash tag (the same slot of a cluster).
	 */
	private static final RedisScript<List> CANDIDATES = RedisScript.of("""
			local cap, limit, budget = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
			local holding, areaTerms = tonumber(ARGV[5]), tonumber(ARGV[6])
			if holding > 0 then
			  local any = false
			  for h = 2, 1 + holding do
			    any = any or redis.call('SCARD', KEYS[h]) > 0
			  end
			  if not any then return {} end
			end
			local area, others = {}, {}
			for i = 2 + holding, #KEYS do
			  local n = redis.call('SCARD', KEYS[i])
			  if n > 0 and n <= cap then
			    local t = {key = KEYS[i], weight = tonumber(ARGV[i + 5 - holding]), size = n}
			    if i - 1 - holding <= areaTerms then area[#area + 1] = t else others[#others + 1] = t end
			  end
			end
			local args, weights = {KEYS[1], 0}, {}
			local function take(terms)
			  table.sort(terms, function(a, b)
			    if a.weight ~= b.weight then return a.weight > b.weight end
			    return a.size < b.size
			  end)
			  local total, first = 0, true
			  for _, t in ipairs(terms) do
			    if total + t.size <= budget or first then
			      args[#args + 1] = t.key
			      weights[#weights + 1] = t.weight
			      total = total + t.size
			      first = false
			    end
			  end
			end
			take(area)
			take(others)
			if #weights == 0 then return {} end
			args[2] = #weights
			args[#args + 1] = 'WEIGHTS'
			for _, w in ipairs(weights) do args[#args + 1] = w end
			redis.call('ZUNIONSTORE', unpack(args))
			local top
			if holding == 0 then
			  top = redis.call('ZRANGE', KEYS[1], 0, limit - 1, 'REV')
			else
			  top = {}
			  local from = 0
			  while #top < limit do
			    local page = redis.call('ZRANGE', KEYS[1], from, from + 2 * limit - 1, 'REV')
			    if #page == 0 then break end
			    for _, m in ipairs(page) do
			      for h = 2, 1 + holding do
			        if redis.call('SISMEMBER', KEYS[h], m) == 1 then
			          top[#top + 1] = m
			          break
			        end
			      end
			      if #top == limit then break end
			    end
			    from = from + 2 * limit
			  end
			end
			redis.call('UNLINK', KEYS[1])
			if #top == 0 then return {} end
			for i, n in ipairs(top) do top[i] = ARGV[4] .. n end
			return redis.call('MGET', unpack(top))
			""", List.class);

	/** Entries read per MGET when a whole side is read. */
	static final int READ_BATCH = 500;

	private static final String MARKER_KEY = "duijie:matching:index:rebuilt";

	private final StringRedisTemplate redis;

	private final JsonMapper mapper;

	/** Parsed entries by side, keyed by their stored text; null when not cached. */
	private final @Nullable Map<Side<?>, Cache<String, IndexEntry<?>>> parsed;

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
		this.parsed = (parsedEntries > 0) ? Map.of(Side.ENTERPRISE, cache(parsedEntries), Side.COUNTERPART,
				cache(parsedEntries), Side.INVESTOR, cache(parsedEntries)) : null;
	}

	private static Cache<String, IndexEntry<?>> cache(int entries) {
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
		List<String> keys = new ArrayList<>(holding.size() + area.size() + terms.size() + 1);
		List<String> args = new ArrayList<>(area.size() + terms.size() + 6);
		keys.add(side.scratchKey());
		holding.forEach((term) -> keys.add(side.postingKey(partition, term)));
		args.add(Integer.toString(maxPosting));
		args.add(Integer.toString(limit));
		args.add(Integer.toString(budget));
		args.add(side.docKeyPrefix());
		args.add(Integer.toString(holding.size()));
		args.add(Integer.toString(area.size()));
		for (Map<String, Double> part : List.of(area, terms)) {
			part.forEach((term, weight) -> {
				keys.add(side.postingKey(partition, term));
				args.add(Double.toString(weight));
			});
		}
		List<?> values = this.redis.execute(CANDIDATES, keys, args.toArray());
		if (values == null || values.isEmpty()) {
			return List.of();
		}
		List<IndexEntry<P>> entries = new ArrayList<>(values.size());
		for (Object json : values) {
			if (json != null) {
				IndexEntry<P> entry = parseCached(side, json.toString());
				if (entry.live()) {
					entries.add(entry);
				}
			}
		}
		return entries;
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

	/**
	 * An entry as stored, parsed once: the cache is keyed by the stored text itself, so a
	 * changed entry is a different key and a cached entry is never stale. Candidates of
	 * popular terms come back query after query; parsing their features was most of a
	 * query's client time.
	 */
	@SuppressWarnings("unchecked")
	private <P> IndexEntry<P> parseCached(Side<P> side, String json) {
		if (this.parsed == null) {
			return parse(side, json);
		}
		return (IndexEntry<P>) this.parsed.get(side).get(json, (j) -> parse(side, j));
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
	 * Where an entry's previous version was posted (recomputed from that version by the
	 * caller).
	 */
	public record Indexed(String partition, Set<String> terms) {
	}

}

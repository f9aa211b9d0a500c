package io.duijie.matching.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * The latest version of every enterprise, counterpart and investor, in Redis: one JSON
 * entry per id ({@code duijie:matching:<side>:<id>}) and a set of the live ids per side
 * ({@code duijie:matching:<side>s}). Upserts are idempotent and ordered by version: an
 * event older than the stored entry is ignored. Writes happen on one thread at a time
 * (the listeners call through {@code Matchmaker}, which serialises them).
 */
@Component
public class CandidateIndex {

	/** Keys per MGET: bounds one reply while keeping the scan to a few round trips. */
	static final int READ_BATCH = 500;

	private static final String MARKER_KEY = "duijie:matching:index:rebuilt";

	private final StringRedisTemplate redis;

	private final JsonMapper mapper;

	CandidateIndex(StringRedisTemplate redis, JsonMapper mapper) {
		this.redis = redis;
		this.mapper = mapper;
	}

	public <P> Optional<IndexEntry<P>> get(Side<P> side, String id) {
		String json = this.redis.opsForValue().get(side.entryKey(id));
		return Optional.ofNullable(json).map((j) -> parse(side, j));
	}

	/** Every live entry of a side, by id, read in batches. */
	public <P> List<IndexEntry<P>> live(Side<P> side) {
		List<String> ids = new ArrayList<>(this.redis.opsForSet().members(side.liveKey()));
		ids.sort(null);
		List<IndexEntry<P>> entries = new ArrayList<>(ids.size());
		for (int from = 0; from < ids.size(); from += READ_BATCH) {
			List<String> keys = ids.subList(from, Math.min(ids.size(), from + READ_BATCH))
				.stream()
				.map(side::entryKey)
				.toList();
			List<String> values = this.redis.opsForValue().multiGet(keys);
			if (values == null) {
				continue;
			}
			for (String json : values) {
				if (json != null) {
					IndexEntry<P> entry = parse(side, json);
					if (entry.live()) {
						entries.add(entry);
					}
				}
			}
		}
		return entries;
	}

	/**
	 * Stores a profile version unless the index already holds a newer one (or a
	 * withdrawal of this or a newer version). The same version again is accepted: a
	 * redelivery re-runs its (idempotent) scoring.
	 * @return whether the version was accepted
	 */
	public <P> boolean put(Side<P> side, String id, long version, P profile) {
		IndexEntry<P> current = get(side, id).orElse(null);
		if (current != null && (current.live() ? version < current.version() : version <= current.version())) {
			return false;
		}
		this.redis.opsForValue().set(side.entryKey(id), write(new IndexEntry<>(id, version, profile)));
		this.redis.opsForSet().add(side.liveKey(), id);
		return true;
	}

	/**
	 * Withdraws an entry: keeps its version without a profile and drops it from the live
	 * set.
	 * @param version the withdrawal's version, or {@code null} for a tombstone (always
	 * applied)
	 * @return whether the withdrawal was applied ({@code false} when the index holds a
	 * newer version)
	 */
	public <P> boolean withdraw(Side<P> side, String id, @Nullable Long version) {
		IndexEntry<P> current = get(side, id).orElse(null);
		if (version != null && current != null && version < current.version()) {
			return false;
		}
		long kept = Math.max((version != null) ? version : 0, (current != null) ? current.version() : 0);
		if (kept > 0) {
			this.redis.opsForValue().set(side.entryKey(id), write(new IndexEntry<P>(id, kept, null)));
		}
		this.redis.opsForSet().remove(side.liveKey(), id);
		return true;
	}

	/** True when the index was filled (or rebuilt) and has not lost its state since. */
	public boolean isBuilt() {
		return Boolean.TRUE.equals(this.redis.hasKey(MARKER_KEY));
	}

	public void markBuilt() {
		this.redis.opsForValue().set(MARKER_KEY, java.time.Instant.now().toString());
	}

	private <P> IndexEntry<P> parse(Side<P> side, String json) {
		JavaType type = this.mapper.getTypeFactory().constructParametricType(IndexEntry.class, side.profileType());
		return this.mapper.readValue(json, type);
	}

	private String write(IndexEntry<?> entry) {
		return this.mapper.writeValueAsString(entry);
	}

}

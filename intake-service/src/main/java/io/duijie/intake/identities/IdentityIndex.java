package io.duijie.intake.identities;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.duijie.contracts.DuijieEvent;
import io.duijie.contracts.EnterpriseProfile;
import io.duijie.contracts.EnterpriseProfileWithdrawn;
import io.duijie.intake.profiles.ProfileKind;
import io.duijie.intake.profiles.ProfileObserver;
import io.duijie.intake.profiles.ProfileView;
import org.jspecify.annotations.Nullable;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Repository;

/**
 * The duplicate candidates of enterprises, in Redis, kept in step with the profile store
 * (a {@link ProfileObserver}: told of every current version and every withdrawal, live
 * and during a rebuild, so it is rebuilt with the store):
 * <ul>
 * <li>{@code duijie:intake:identity:name:<form>}, {@code …:en:<form>},
 * {@code …:reg:<type>:<number>}: sets of the enterprise ids whose Chinese name, English
 * name or registration have that comparison form ({@link CompanyNames});</li>
 * <li>{@code duijie:intake:identity:of:<id>}: the index keys an enterprise is in;</li>
 * <li>{@code duijie:intake:identity:candidates}: the index keys with two enterprises or
 * more, i.e. the likely duplicates;</li>
 * <li>{@code duijie:intake:identity:merged:<id>}: hash {@code into}, {@code by},
 * {@code note}, {@code at}, {@code version} of an enterprise merged into another, deleted
 * if the enterprise is submitted again.</li>
 * </ul>
 * Each change is one script (one round trip; the index keys it touches are computed, so
 * this assumes one Redis node, as everywhere in Duijie).
 */
@Repository
public class IdentityIndex implements ProfileObserver {

	static final String PREFIX = "duijie:intake:identity:";

	static final String CANDIDATES = PREFIX + "candidates";

	/**
	 * KEYS[1] the enterprise's own set, KEYS[2] the candidates set, KEYS[3] its merge
	 * pointer; ARGV[1] the id, ARGV[2] 1 to delete the merge pointer, ARGV[3..] the index
	 * keys it belongs in now.
	 */
	private static final RedisScript<Long> REINDEX = new DefaultRedisScript<>("""
			local id = ARGV[1]
			local now = {}
			for i = 3, #ARGV do now[ARGV[i]] = true end
			for _, k in ipairs(redis.call('SMEMBERS', KEYS[1])) do
			  if not now[k] then
			    redis.call('SREM', k, id)
			    redis.call('SREM', KEYS[1], k)
			    if redis.call('SCARD', k) < 2 then redis.call('SREM', KEYS[2], k) end
			  end
			end
			for k, _ in pairs(now) do
			  redis.call('SADD', k, id)
			  redis.call('SADD', KEYS[1], k)
			  if redis.call('SCARD', k) >= 2 then redis.call('SADD', KEYS[2], k) end
			end
			if ARGV[2] == '1' then redis.call('DEL', KEYS[3]) end
			return 1
			""", Long.class);

	private final StringRedisTemplate redis;

	IdentityIndex(StringRedisTemplate redis) {
		this.redis = redis;
	}

	/** Where a merged enterprise went, who merged it and why. */
	public record MergeRecord(String id, String mergedInto, @Nullable String by, @Nullable String note,
			Instant mergedAt, long version) {
	}

	@Override
	public void saved(ProfileKind kind, ProfileView<?> view) {
		if (kind == ProfileKind.ENTERPRISE && view.profile() instanceof EnterpriseProfile profile) {
			reindex(view.id(), keys(profile), true);
		}
	}

	@Override
	public void removed(ProfileKind kind, String id, long version, @Nullable DuijieEvent withdrawal) {
		if (kind != ProfileKind.ENTERPRISE) {
			return;
		}
		reindex(id, Set.of(), false);
		if (withdrawal instanceof EnterpriseProfileWithdrawn withdrawn && withdrawn.mergedInto() != null) {
			Map<String, String> fields = new java.util.LinkedHashMap<>();
			fields.put("into", withdrawn.mergedInto());
			fields.put("at", withdrawn.occurredAt().toString());
			fields.put("version", String.valueOf(withdrawn.version()));
			if (withdrawn.by() != null) {
				fields.put("by", withdrawn.by());
			}
			if (withdrawn.note() != null) {
				fields.put("note", withdrawn.note());
			}
			this.redis.opsForHash().putAll(merged(id), fields);
		}
	}

	/** The merge record of an enterprise merged into another. */
	public Optional<MergeRecord> merge(String id) {
		Map<Object, Object> fields = this.redis.opsForHash().entries(merged(id));
		if (fields.isEmpty() || fields.get("into") == null) {
			return Optional.empty();
		}
		return Optional
			.of(new MergeRecord(id, fields.get("into").toString(), string(fields.get("by")), string(fields.get("note")),
					Instant.parse(fields.get("at").toString()), Long.parseLong(fields.get("version").toString())));
	}

	/** The index keys with two enterprises or more, and their enterprise ids. */
	Map<String, Set<String>> candidates() {
		Map<String, Set<String>> groups = new java.util.TreeMap<>();
		Set<String> keys = this.redis.opsForSet().members(CANDIDATES);
		if (keys == null) {
			return groups;
		}
		for (String key : keys) {
			Set<String> ids = this.redis.opsForSet().members(key);
			if (ids != null && ids.size() >= 2) {
				groups.put(key.substring(PREFIX.length()), new java.util.TreeSet<>(ids));
			}
		}
		return groups;
	}

	/** The index keys of a profile: its names, English name, aliases and registration. */
	static Set<String> keys(EnterpriseProfile profile) {
		List<String> names = new ArrayList<>();
		names.add(profile.name());
		if (profile.nameEn() != null) {
			names.add(profile.nameEn());
		}
		if (profile.aliases() != null) {
			names.addAll(profile.aliases());
		}
		Set<String> keys = new LinkedHashSet<>();
		for (String name : names) {
			String key = CompanyNames.key(name);
			if (!key.isEmpty()) {
				keys.add(key);
			}
		}
		keys.add(CompanyNames.registrationKey(profile.identityType(), profile.creditCode()));
		return keys;
	}

	private void reindex(String id, Set<String> keys, boolean clearMerge) {
		List<String> args = new ArrayList<>();
		args.add(id);
		args.add(clearMerge ? "1" : "0");
		keys.forEach((key) -> args.add(PREFIX + key));
		this.redis.execute(REINDEX, List.of(PREFIX + "of:" + id, CANDIDATES, merged(id)), args.toArray());
	}

	private static String merged(String id) {
		return PREFIX + "merged:" + id;
	}

	private static @Nullable String string(@Nullable Object value) {
		return (value != null) ? value.toString() : null;
	}

}

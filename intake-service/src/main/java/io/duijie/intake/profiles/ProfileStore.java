package io.duijie.intake.profiles;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import io.duijie.contracts.CounterpartProfileSubmitted;
import io.duijie.contracts.DuijieEvent;
import io.duijie.contracts.CounterpartProfileWithdrawn;
import io.duijie.contracts.EnterpriseProfileSubmitted;
import io.duijie.contracts.EnterpriseProfileWithdrawn;
import io.duijie.contracts.InvestorProfileSubmitted;
import io.duijie.contracts.InvestorProfileWithdrawn;
import io.duijie.contracts.Topics;
import io.duijie.platform.replay.RebuildableStore;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Repository;

/**
 * The current version of every profile, in Redis: one hash per profile,
 * {@code duijie:intake:<kind>:<id>} with fields
 * <ul>
 * <li>{@code seq}: the last version handed out (a submission or withdrawal reserves the
 * next one before it publishes, so no version is ever used twice, even when a publish
 * failed);</li>
 * <li>{@code version}: the version of the last acknowledged event;</li>
 * <li>{@code profile}: the {@link ProfileView} JSON of the current version; absent once
 * withdrawn.</li>
 * </ul>
 * Written only after the broker acknowledged the event; a write never replaces a newer
 * version. A {@link RebuildableStore}: when the marker {@code duijie:intake:rebuilt} is
 * missing at start-up (an emptied Redis), the platform replays the three compacted
 * profile topics through {@link #apply}. Each operation is one round trip, plus those of
 * the {@link ProfileObserver}s (derived indexes, such as the duplicate candidates of
 * {@code identities}), told of every version that became current and every withdrawal,
 * live or replayed, so they are rebuilt with the store.
 */
@Repository
public class ProfileStore implements RebuildableStore {

	static final String MARKER = "duijie:intake:rebuilt";

	private static final Logger logger = LoggerFactory.getLogger(ProfileStore.class);

	/**
	 * KEYS[1] the profile hash; ARGV[1] version, ARGV[2] view JSON. Keeps the newest
	 * version.
	 */
	private static final RedisScript<Long> SAVE = new DefaultRedisScript<>("""
			local v = tonumber(ARGV[1])
			local current = tonumber(redis.call('HGET', KEYS[1], 'version') or '0')
			if v >= current then
			  redis.call('HSET', KEYS[1], 'version', ARGV[1], 'profile', ARGV[2])
			end
			if v > tonumber(redis.call('HGET', KEYS[1], 'seq') or '0') then
			  redis.call('HSET', KEYS[1], 'seq', ARGV[1])
			end
			return current
			""", Long.class);

	/**
	 * KEYS[1] the profile hash; ARGV[1] the withdrawal's version. Forgets the profile
	 * unless a newer one is there.
	 */
	private static final RedisScript<Long> REMOVE = new DefaultRedisScript<>("""
			local v = tonumber(ARGV[1])
			local current = tonumber(redis.call('HGET', KEYS[1], 'version') or '0')
			if v >= current then
			  redis.call('HDEL', KEYS[1], 'profile')
			  redis.call('HSET', KEYS[1], 'version', ARGV[1])
			end
			if v > tonumber(redis.call('HGET', KEYS[1], 'seq') or '0') then
			  redis.call('HSET', KEYS[1], 'seq', ARGV[1])
			end
			return current
			""", Long.class);

	/**
	 * KEYS[1] the profile hash. The next version if there is a current profile, else 0.
	 */
	private static final RedisScript<Long> RESERVE_IF_PRESENT = new DefaultRedisScript<>("""
			if redis.call('HEXISTS', KEYS[1], 'profile') == 1 then
			  return redis.call('HINCRBY', KEYS[1], 'seq', 1)
			end
			return 0
			""", Long.class);

	private final StringRedisTemplate redis;

	private final JsonMapper json;

	private final List<ProfileObserver> observers;

	public ProfileStore(StringRedisTemplate redis, JsonMapper json, ObjectProvider<ProfileObserver> observers) {
		this.redis = redis;
		this.json = json;
		this.observers = observers.orderedStream().toList();
	}

	static String key(ProfileKind kind, String id) {
		return "duijie:intake:" + kind.tag() + ":" + id;
	}

	/** Reserves the next version of a profile (1 for a new one). */
	public long reserveVersion(ProfileKind kind, String id) {
		return this.redis.opsForHash().increment(key(kind, id), "seq", 1);
	}

	/** Reserves the version of a withdrawal; empty if there is no current profile. */
	public OptionalLong reserveWithdrawal(ProfileKind kind, String id) {
		Long version = this.redis.execute(RESERVE_IF_PRESENT, List.of(key(kind, id)));
		return (version == null || version == 0) ? OptionalLong.empty() : OptionalLong.of(version);
	}

	/** Makes an acknowledged version current, unless a newer one already is. */
	public void save(ProfileKind kind, ProfileView<?> view) {
		Long before = this.redis.execute(SAVE, List.of(key(kind, view.id())), String.valueOf(view.version()),
				this.json.writeValueAsString(view));
		if (before == null || view.version() >= before) {
			this.observers.forEach((observer) -> observer.saved(kind, view));
		}
	}

	/** Forgets a withdrawn profile, unless a newer version already replaced it. */
	public void remove(ProfileKind kind, String id, long version) {
		remove(kind, id, version, null);
	}

	/**
	 * Forgets a withdrawn profile, unless a newer version already replaced it, telling
	 * the observers the withdrawal event (e.g. a merge's pointer to the survivor).
	 */
	public void remove(ProfileKind kind, String id, long version, @Nullable DuijieEvent withdrawal) {
		Long before = this.redis.execute(REMOVE, List.of(key(kind, id)), String.valueOf(version));
		if (before == null || version >= before) {
			this.observers.forEach((observer) -> observer.removed(kind, id, version, withdrawal));
		}
	}

	public <P> Optional<ProfileView<P>> find(ProfileKind kind, String id, Class<P> profileType) {
		Object stored = this.redis.opsForHash().get(key(kind, id), "profile");
		if (stored == null) {
			return Optional.empty();
		}
		JavaType type = this.json.getTypeFactory().constructParametricType(ProfileView.class, profileType);
		return Optional.of(this.json.readValue(stored.toString(), type));
	}

	@Override
	public String name() {
		return "intake-profiles";
	}

	@Override
	public List<String> topics() {
		return Topics.PROFILE_TOPICS;
	}

	@Override
	public boolean needsRebuild() {
		return !Boolean.TRUE.equals(this.redis.hasKey(MARKER));
	}

	@Override
	public void apply(ConsumerRecord<String, Object> record) {
		Optional<ProfileKind> kind = ProfileKind.ofTopic(record.topic());
		Object value = record.value();
		if (kind.isEmpty() || record.key() == null) {
			return;
		}
		if (value == null) {
			// a tombstone: the withdrawn event before it already set the version
			this.redis.opsForHash().delete(key(kind.get(), record.key()), "profile");
		}
		else if (value instanceof EnterpriseProfileSubmitted event) {
			save(kind.get(), view(event.enterpriseId(), event.version(), event.profile(), event.occurredAt()));
		}
		else if (value instanceof InvestorProfileSubmitted event) {
			save(kind.get(), view(event.investorId(), event.version(), event.profile(), event.occurredAt()));
		}
		else if (value instanceof CounterpartProfileSubmitted event) {
			save(kind.get(), view(event.counterpartId(), event.version(), event.profile(), event.occurredAt()));
		}
		else if (value instanceof EnterpriseProfileWithdrawn event) {
			remove(kind.get(), event.enterpriseId(), event.version(), event);
		}
		else if (value instanceof InvestorProfileWithdrawn event) {
			remove(kind.get(), event.investorId(), event.version());
		}
		else if (value instanceof CounterpartProfileWithdrawn event) {
			remove(kind.get(), event.counterpartId(), event.version());
		}
		else {
			logger.warn("Replay ignored a {} on {}", value.getClass().getSimpleName(), record.topic());
		}
	}

	private static <P> ProfileView<P> view(String id, long version, P profile, Instant occurredAt) {
		return new ProfileView<>(id, version, profile, occurredAt);
	}

	@Override
	public void rebuilt() {
		this.redis.opsForValue().set(MARKER, Instant.now().toString());
	}

}

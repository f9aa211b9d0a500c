package io.duijie.notification.contacts;

import java.util.List;
import java.util.Optional;

import io.duijie.contracts.EnterpriseProfile;
import io.duijie.contracts.EnterpriseProfileSubmitted;
import io.duijie.contracts.EnterpriseProfileWithdrawn;
import io.duijie.contracts.Topics;
import io.duijie.notification.system.Masking;
import io.duijie.platform.replay.CompactedTopicReplayer;
import io.duijie.platform.replay.RebuildableStore;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * enterpriseId → name, contact and owning staff member, in Redis
 * ({@code duijie:notification:contact:<id>}, a JSON document with a {@code version}
 * guard). Fed by the compacted {@code enterprise-profiles} topic: a submission upserts
 * when its version is not older than the stored one, a withdrawal or a tombstone removes
 * the entry. When the marker key is missing at start-up (Redis lost its data) the
 * platform replays the topic into it before the listeners start; when it goes missing
 * while running (Redis flushed or replaced), the next {@link #find} sees it in the same
 * script as its {@code GET} and replays the topic before it answers.
 */
@Component
public class ContactDirectory implements RebuildableStore {

	private static final Logger logger = LoggerFactory.getLogger(ContactDirectory.class);

	static final String MARKER_KEY = "duijie:notification:contacts:rebuilt";

	private static final String KEY_PREFIX = "duijie:notification:contact:";

	/**
	 * Sets KEYS[1] to ARGV[2] unless it holds a newer version than ARGV[1]; answers 1 if
	 * it wrote.
	 */
	private static final RedisScript<Long> UPSERT = RedisScript.of("""
			local current = redis.call('GET', KEYS[1])
			if current then
			  local version = cjson.decode(current)['version']
			  if version and tonumber(version) > tonumber(ARGV[1]) then
			    return 0
			  end
			end
			redis.call('SET', KEYS[1], ARGV[2])
			return 1
			""", Long.class);

	/** Deletes KEYS[1] unless it holds a newer version than ARGV[1]. */
	private static final RedisScript<Long> REMOVE = RedisScript.of("""
			local current = redis.call('GET', KEYS[1])
			if current then
			  local version = cjson.decode(current)['version']
			  if version and tonumber(version) > tonumber(ARGV[1]) then
			    return 0
			  end
			end
			return redis.call('DEL', KEYS[1])
			""", Long.class);

	/** The entry, or 'REBUILD' when the marker is missing (Redis lost the directory). */
	private static final RedisScript<String> READ = RedisScript.of("""
			if redis.call('EXISTS', KEYS[1]) == 0 then return 'REBUILD' end
			return redis.call('GET', KEYS[2])
			""", String.class);

	private static final String REBUILD = "REBUILD";

	private final StringRedisTemplate redis;

	private final JsonMapper mapper;

	private final CompactedTopicReplayer replayer;

	private final MeterRegistry meters;

	ContactDirectory(StringRedisTemplate redis, JsonMapper mapper, CompactedTopicReplayer replayer,
			MeterRegistry meters) {
		this.redis = redis;
		this.mapper = mapper;
		this.replayer = replayer;
		this.meters = meters;
	}

	public Optional<EnterpriseContact> find(String enterpriseId) {
		for (int i = 0; i < 3; i++) {
			String json = this.redis.execute(READ, List.of(MARKER_KEY, key(enterpriseId)));
			if (!REBUILD.equals(json)) {
				return (json != null) ? Optional.of(this.mapper.readValue(json, EnterpriseContact.class))
						: Optional.empty();
			}
			rebuildIfNeeded();
		}
		throw new IllegalStateException("The contact directory could not be rebuilt");
	}

	/**
	 * Replays {@code enterprise-profiles} into the directory if its marker is missing
	 * while running; one at a time, readers wait. Records applied meanwhile by the
	 * listener are harmless: upserts and removals compare versions.
	 */
	synchronized void rebuildIfNeeded() {
		if (!needsRebuild()) {
			return;
		}
		long started = System.nanoTime();
		CompactedTopicReplayer.Result result = this.replayer.replay(topics(), this::apply);
		rebuilt();
		this.meters.counter("duijie.replay.records", "store", name(), "outcome", "applied").increment(result.applied());
		this.meters.counter("duijie.replay.records", "store", name(), "outcome", "rejected")
			.increment(result.rejected());
		logger.info("Contact directory rebuilt while running from {}: {} records applied, {} rejected, in {} ms",
				topics(), result.applied(), result.rejected(), (System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * Applies one record of {@code enterprise-profiles}: from the listener or from a
	 * replay. Idempotent.
	 */
	@Override
	public void apply(ConsumerRecord<String, Object> record) {
		Object value = record.value();
		if (value == null) {
			if (record.key() != null) {
				this.redis.delete(key(record.key()));
				logger.debug("Contact of {} removed (tombstone)", record.key());
			}
			return;
		}
		if (value instanceof EnterpriseProfileSubmitted submitted) {
			upsert(submitted);
		}
		else if (value instanceof EnterpriseProfileWithdrawn withdrawn) {
			this.redis.execute(REMOVE, List.of(key(withdrawn.enterpriseId())), String.valueOf(withdrawn.version()));
			logger.debug("Contact of {} removed (withdrawn at version {})", withdrawn.enterpriseId(),
					withdrawn.version());
		}
	}

	private void upsert(EnterpriseProfileSubmitted submitted) {
		EnterpriseProfile profile = submitted.profile();
		EnterpriseContact contact = new EnterpriseContact(submitted.enterpriseId(), profile.name(),
				profile.contact().name(), blankToNull(profile.contact().email()), profile.ownerStaffId(),
				submitted.version());
		Long written = this.redis.execute(UPSERT, List.of(key(submitted.enterpriseId())),
				String.valueOf(submitted.version()), this.mapper.writeValueAsString(contact));
		if (Long.valueOf(1).equals(written)) {
			logger.debug("Contact of {} at version {}: e-mail {}", submitted.enterpriseId(), submitted.version(),
					Masking.email(contact.email()));
		}
	}

	@Override
	public String name() {
		return "contacts";
	}

	@Override
	public List<String> topics() {
		return List.of(Topics.ENTERPRISE_PROFILES);
	}

	@Override
	public boolean needsRebuild() {
		return !Boolean.TRUE.equals(this.redis.hasKey(MARKER_KEY));
	}

	@Override
	public void rebuilt() {
		this.redis.opsForValue().set(MARKER_KEY, "1");
	}

	private static String key(String enterpriseId) {
		return KEY_PREFIX + enterpriseId;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}

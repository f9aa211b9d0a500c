package io.duijie.intake.leads;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.duijie.contracts.LeadEvent;
import io.duijie.contracts.LeadRegistered;
import io.duijie.contracts.Topics;
import io.duijie.platform.replay.RebuildableStore;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Repository;

/**
 * Every lead's current state in Redis: {@code duijie:intake:lead:<id>} holds the
 * {@link Lead} JSON, {@code duijie:intake:leads} the set of lead ids. A write never
 * replaces a newer version, so applying an event twice (a replay after a crash, Lettuce
 * resending a command after a reconnect) changes nothing. A {@link RebuildableStore}:
 * when the marker {@code duijie:intake:leads:rebuilt} is missing at start-up, the
 * platform replays {@code leads} from its beginning through {@link #apply}.
 */
@Repository
public class LeadStore implements RebuildableStore {

	static final String MARKER = "duijie:intake:leads:rebuilt";

	static final String INDEX = "duijie:intake:leads";

	private static final Logger logger = LoggerFactory.getLogger(LeadStore.class);

	/**
	 * KEYS[1] the lead, KEYS[2] the index; ARGV[1] version, ARGV[2] JSON, ARGV[3] id.
	 * Keeps the newest version; 1 if written.
	 */
	private static final RedisScript<Long> SAVE = new DefaultRedisScript<>("""
			local current = redis.call('GET', KEYS[1])
			if current and cjson.decode(current).version >= tonumber(ARGV[1]) then
			  return 0
			end
			redis.call('SET', KEYS[1], ARGV[2])
			redis.call('SADD', KEYS[2], ARGV[3])
			return 1
			""", Long.class);

	private final StringRedisTemplate redis;

	private final JsonMapper json;

	public LeadStore(StringRedisTemplate redis, JsonMapper json) {
		this.redis = redis;
		this.json = json;
	}

	static String key(String id) {
		return "duijie:intake:lead:" + id;
	}

	public Optional<Lead> find(String id) {
		String stored = this.redis.opsForValue().get(key(id));
		return Optional.ofNullable(stored).map((s) -> this.json.readValue(s, Lead.class));
	}

	/** Every lead: two round trips (the index, then one MGET). */
	public List<Lead> all() {
		Set<String> ids = this.redis.opsForSet().members(INDEX);
		if (ids == null || ids.isEmpty()) {
			return List.of();
		}
		List<String> values = this.redis.opsForValue().multiGet(ids.stream().map(LeadStore::key).toList());
		List<Lead> leads = new ArrayList<>();
		if (values != null) {
			for (String value : values) {
				if (value != null) {
					leads.add(this.json.readValue(value, Lead.class));
				}
			}
		}
		return leads;
	}

	/** Makes a lead current unless a newer version already is. */
	void save(Lead lead) {
		this.redis.execute(SAVE, List.of(key(lead.id()), INDEX), String.valueOf(lead.version()),
				this.json.writeValueAsString(lead), lead.id());
	}

	/**
	 * The lead after an event: a registration starts it, a later event applies to the
	 * version before it; an event already applied (or older) leaves it as it is.
	 * @return the lead after the event, or empty if the event does not follow anything
	 * known
	 */
	Optional<Lead> applied(@Nullable Lead current, LeadEvent event) {
		if (current != null && event.version() <= current.version()) {
			return Optional.of(current);
		}
		if (event instanceof LeadRegistered registered) {
			return Optional.of(Lead.registered(registered));
		}
		if (current == null) {
			logger.warn("Lead {} event version {} has no registration before it; ignored", event.leadId(),
					event.version());
			return Optional.empty();
		}
		if (event.version() != current.version() + 1) {
			logger.warn("Lead {} jumps from version {} to {}", event.leadId(), current.version(), event.version());
		}
		return Optional.of(current.apply(event));
	}

	@Override
	public String name() {
		return "intake-leads";
	}

	@Override
	public List<String> topics() {
		return List.of(Topics.LEADS);
	}

	@Override
	public boolean needsRebuild() {
		return !Boolean.TRUE.equals(this.redis.hasKey(MARKER));
	}

	@Override
	public void apply(ConsumerRecord<String, Object> record) {
		if (record.value() instanceof LeadEvent event) {
			Lead current = find(event.leadId()).orElse(null);
			applied(current, event).filter((lead) -> lead != current).ifPresent(this::save);
		}
	}

	@Override
	public void rebuilt() {
		this.redis.opsForValue().set(MARKER, Instant.now().toString());
	}

}

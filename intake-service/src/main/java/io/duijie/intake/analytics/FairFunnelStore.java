package io.duijie.intake.analytics;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.duijie.contracts.FairOutcomeEvent;
import io.duijie.contracts.FairSchedulePublished;
import io.duijie.contracts.MeetingCheckedIn;
import io.duijie.contracts.MeetingOutcomeRecorded;
import io.duijie.contracts.Topics;
import io.duijie.platform.replay.RebuildableStore;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Repository;

/**
 * What each fair yielded, from {@code fair-outcomes}, in Redis:
 * {@code duijie:intake:fair:<fairId>} a hash with the schedule in force ({@code schedule}
 * = {@code <epochMillis>|<name>|<date>|<version>|<requested>|<scheduled>}),
 * {@code duijie:intake:fair-checkins:<fairId>} meetingId →
 * {@code <epochMillis>|HELD|NO_SHOW}, {@code duijie:intake:fair-outcomes:<fairId>}
 * meetingId → {@code <epochMillis>|<intent>}, {@code duijie:intake:fairs} the set of fair
 * ids. The latest event (by {@code occurredAt}) wins, so a correction replaces what it
 * corrects and a redelivery changes nothing. Rebuilt from {@code fair-outcomes} when the
 * marker {@code duijie:intake:fairs:rebuilt} is missing.
 */
@Repository
public class FairFunnelStore implements RebuildableStore {

	static final String MARKER = "duijie:intake:fairs:rebuilt";

	static final String FAIRS = "duijie:intake:fairs";

	/**
	 * KEYS[1] hash, KEYS[2] the fair set; ARGV[1] field, ARGV[2] epoch millis, ARGV[3]
	 * value, ARGV[4] fair id. Keeps the latest.
	 */
	private static final RedisScript<Long> LATEST = new DefaultRedisScript<>("""
			local current = redis.call('HGET', KEYS[1], ARGV[1])
			if current then
			  local at = tonumber(string.match(current, '^(%d+)|'))
			  if at and at > tonumber(ARGV[2]) then
			    return 0
			  end
			end
			redis.call('HSET', KEYS[1], ARGV[1], ARGV[2] .. '|' .. ARGV[3])
			redis.call('SADD', KEYS[2], ARGV[4])
			return 1
			""", Long.class);

	private final StringRedisTemplate redis;

	public FairFunnelStore(StringRedisTemplate redis) {
		this.redis = redis;
	}

	/**
	 * A fair's outcomes as stored.
	 *
	 * @param schedule the schedule in force, or {@code null} if none was published
	 * @param checkIns meeting id → HELD or NO_SHOW
	 * @param outcomes meeting id → intent
	 */
	record FairOutcomes(String fairId, @Nullable Schedule schedule, Map<String, String> checkIns,
			Map<String, String> outcomes) {
	}

	record Schedule(String fairName, String date, int version, int requested, int scheduled) {
	}

	void record(FairOutcomeEvent event) {
		if (event instanceof FairSchedulePublished published) {
			save("duijie:intake:fair:" + published.fairId(), "schedule", published.occurredAt(),
					String.join("|", published.fairName().replace('|', '/'), published.date(),
							String.valueOf(published.version()), String.valueOf(published.requested()),
							String.valueOf(published.scheduled())),
					published.fairId());
		}
		else if (event instanceof MeetingCheckedIn checkedIn) {
			save("duijie:intake:fair-checkins:" + checkedIn.fairId(), checkedIn.meetingId(), checkedIn.occurredAt(),
					checkedIn.status().name(), checkedIn.fairId());
			nameIfUnknown(checkedIn.fairId(), checkedIn.fairName());
		}
		else if (event instanceof MeetingOutcomeRecorded outcome) {
			save("duijie:intake:fair-outcomes:" + outcome.fairId(), outcome.meetingId(), outcome.occurredAt(),
					outcome.intent().name(), outcome.fairId());
			nameIfUnknown(outcome.fairId(), outcome.fairName());
		}
	}

	private void nameIfUnknown(String fairId, String fairName) {
		this.redis.opsForHash().putIfAbsent("duijie:intake:fair:" + fairId, "name", fairName);
	}

	private void save(String key, String field, Instant at, String value, String fairId) {
		this.redis.execute(LATEST, List.of(key, FAIRS), field, String.valueOf(at.toEpochMilli()), value, fairId);
	}

	Set<String> fairIds() {
		Set<String> ids = this.redis.opsForSet().members(FAIRS);
		return (ids != null) ? ids : Set.of();
	}

	@Nullable String name(String fairId) {
		Object name = this.redis.opsForHash().get("duijie:intake:fair:" + fairId, "name");
		return (name != null) ? name.toString() : null;
	}

	FairOutcomes find(String fairId) {
		Object stored = this.redis.opsForHash().get("duijie:intake:fair:" + fairId, "schedule");
		Schedule schedule = null;
		if (stored != null) {
			String[] parts = stored.toString().split("\\|", -1);
			schedule = new Schedule(parts[1], parts[2], Integer.parseInt(parts[3]), Integer.parseInt(parts[4]),
					Integer.parseInt(parts[5]));
		}
		return new FairOutcomes(fairId, schedule, latest("duijie:intake:fair-checkins:" + fairId),
				latest("duijie:intake:fair-outcomes:" + fairId));
	}

	/** field → value without its time prefix. */
	private Map<String, String> latest(String key) {
		Map<Object, Object> entries = this.redis.opsForHash().entries(key);
		Map<String, String> values = new HashMap<>();
		entries.forEach((field, value) -> {
			String text = value.toString();
			values.put(field.toString(), text.substring(text.indexOf('|') + 1));
		});
		return values;
	}

	@Override
	public String name() {
		return "intake-fair-funnels";
	}

	@Override
	public List<String> topics() {
		return List.of(Topics.FAIR_OUTCOMES);
	}

	@Override
	public boolean needsRebuild() {
		return !Boolean.TRUE.equals(this.redis.hasKey(MARKER));
	}

	@Override
	public void apply(ConsumerRecord<String, Object> record) {
		if (record.value() instanceof FairOutcomeEvent event) {
			record(event);
		}
	}

	@Override
	public void rebuilt() {
		this.redis.opsForValue().set(MARKER, Instant.now().toString());
	}

}

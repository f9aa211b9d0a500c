package io.duijie.intake.leads;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import io.duijie.contracts.FairOutcomeEvent;
import io.duijie.contracts.MatchFeedbackGiven;
import io.duijie.contracts.MatchProposed;
import io.duijie.contracts.MatchRetracted;
import io.duijie.contracts.MeetingCheckedIn;
import io.duijie.contracts.MeetingEvent;
import io.duijie.contracts.MeetingOutcomeRecorded;
import io.duijie.contracts.Topics;
import io.duijie.platform.replay.RebuildableStore;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Repository;

/**
 * Each enterprise's timeline in Redis: {@code duijie:intake:timeline:<enterpriseId>} is a
 * sorted set of event ids scored by the event's time (epoch milliseconds),
 * {@code duijie:intake:timeline-entries:<enterpriseId>} a hash of event id to entry JSON.
 * Keyed by event id, so a redelivered event is one entry; bounded to the latest
 * {@code duijie.intake.leads.timeline-size} entries per enterprise (the oldest go first).
 * Each addition is one script, so the set and the hash never disagree. A
 * {@link RebuildableStore}: when the marker {@code duijie:intake:timeline:rebuilt} is
 * missing at start-up, the platform replays what is left of {@code matches},
 * {@code match-feedback}, {@code fair-meetings} and {@code fair-outcomes} through the
 * same code as the listeners. Matches are also told to the {@link MatchObserver}s (the
 * chain gaps of {@code analytics}), live and replayed, so they are rebuilt with the
 * timelines.
 */
@Repository
public class TimelineStore implements RebuildableStore {

	static final String MARKER = "duijie:intake:timeline:rebuilt";

	/**
	 * KEYS[1] the sorted set, KEYS[2] the hash; ARGV[1] score, ARGV[2] event id, ARGV[3]
	 * JSON, ARGV[4] bound.
	 */
	private static final RedisScript<Long> ADD = new DefaultRedisScript<>("""
			redis.call('ZADD', KEYS[1], ARGV[1], ARGV[2])
			redis.call('HSET', KEYS[2], ARGV[2], ARGV[3])
			local excess = redis.call('ZCARD', KEYS[1]) - tonumber(ARGV[4])
			if excess > 0 then
			  local old = redis.call('ZRANGE', KEYS[1], 0, excess - 1)
			  redis.call('ZREMRANGEBYRANK', KEYS[1], 0, excess - 1)
			  redis.call('HDEL', KEYS[2], unpack(old))
			end
			return excess
			""", Long.class);

	private final StringRedisTemplate redis;

	private final JsonMapper json;

	private final int size;

	private final List<MatchObserver> observers;

	public TimelineStore(StringRedisTemplate redis, JsonMapper json, int size) {
		this(redis, json, size, List.of());
	}

	@Autowired
	public TimelineStore(StringRedisTemplate redis, JsonMapper json,
			@Value("${duijie.intake.leads.timeline-size:500}") int size, ObjectProvider<MatchObserver> observers) {
		this(redis, json, size, observers.orderedStream().toList());
	}

	private TimelineStore(StringRedisTemplate redis, JsonMapper json, int size, List<MatchObserver> observers) {
		this.redis = redis;
		this.json = json;
		this.size = size;
		this.observers = observers;
	}

	static String key(String enterpriseId) {
		return "duijie:intake:timeline:" + enterpriseId;
	}

	static String entriesKey(String enterpriseId) {
		return "duijie:intake:timeline-entries:" + enterpriseId;
	}

	void add(String enterpriseId, TimelineEntry entry) {
		this.redis.execute(ADD, List.of(key(enterpriseId), entriesKey(enterpriseId)),
				String.valueOf(entry.at().toEpochMilli()), entry.eventId(), this.json.writeValueAsString(entry),
				String.valueOf(this.size));
	}

	/** On the enterprise's timeline, then told to the {@link MatchObserver}s. */
	void record(MatchProposed event) {
		add(event.enterpriseId(), TimelineEntries.of(event));
		this.observers.forEach((observer) -> observer.proposed(event));
	}

	/** On the enterprise's timeline, then told to the {@link MatchObserver}s. */
	void record(MatchRetracted event) {
		add(event.enterpriseId(), TimelineEntries.of(event));
		this.observers.forEach((observer) -> observer.retracted(event));
	}

	void record(MatchFeedbackGiven event) {
		add(event.enterpriseId(), TimelineEntries.of(event));
	}

	/** Every enterprise taking part gets the meeting on its timeline. */
	void record(MeetingEvent event) {
		for (String enterpriseId : TimelineEntries.enterprises(event.meeting())) {
			add(enterpriseId, TimelineEntries.of(event, enterpriseId));
		}
	}

	/**
	 * Every enterprise of the meeting gets its check-in or outcome; a published schedule
	 * concerns the fair, not an enterprise, and is left to analytics.
	 */
	public void record(FairOutcomeEvent event) {
		if (event instanceof MeetingCheckedIn checkedIn) {
			for (String enterpriseId : TimelineEntries.enterprises(checkedIn.participants())) {
				add(enterpriseId, TimelineEntries.of(checkedIn, enterpriseId));
			}
		}
		else if (event instanceof MeetingOutcomeRecorded outcome) {
			for (String enterpriseId : TimelineEntries.enterprises(outcome.participants())) {
				add(enterpriseId, TimelineEntries.of(outcome, enterpriseId));
			}
		}
	}

	/** An enterprise's entries, oldest first. */
	public List<TimelineEntry> entries(String enterpriseId) {
		List<Object> values = this.redis.opsForHash().values(entriesKey(enterpriseId));
		List<TimelineEntry> entries = new ArrayList<>();
		for (Object value : values) {
			entries.add(this.json.readValue(value.toString(), TimelineEntry.class));
		}
		entries.sort(Comparator.comparing(TimelineEntry::at).thenComparing(TimelineEntry::eventId));
		return entries;
	}

	@Override
	public String name() {
		return "intake-timelines";
	}

	@Override
	public List<String> topics() {
		return List.of(Topics.MATCHES, Topics.MATCH_FEEDBACK, Topics.FAIR_MEETINGS, Topics.FAIR_OUTCOMES);
	}

	@Override
	public boolean needsRebuild() {
		return !Boolean.TRUE.equals(this.redis.hasKey(MARKER));
	}

	@Override
	public void apply(ConsumerRecord<String, Object> record) {
		Object value = record.value();
		if (value instanceof MatchProposed event) {
			record(event);
		}
		else if (value instanceof MatchRetracted event) {
			record(event);
		}
		else if (value instanceof MatchFeedbackGiven event) {
			record(event);
		}
		else if (value instanceof MeetingEvent event) {
			record(event);
		}
		else if (value instanceof FairOutcomeEvent event) {
			record(event);
		}
	}

	@Override
	public void rebuilt() {
		this.redis.opsForValue().set(MARKER, Instant.now().toString());
	}

	/** For tests and logs: how many entries an enterprise has. */
	long count(String enterpriseId) {
		Long count = this.redis.opsForZSet().zCard(key(enterpriseId));
		return (count != null) ? count : 0;
	}

	Set<String> ids(String enterpriseId) {
		Set<String> ids = this.redis.opsForZSet().range(key(enterpriseId), 0, -1);
		return (ids != null) ? ids : Set.of();
	}

}

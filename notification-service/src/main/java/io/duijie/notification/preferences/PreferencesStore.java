package io.duijie.notification.preferences;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.duijie.contracts.Channel;
import io.duijie.contracts.CloudEventHeaders;
import io.duijie.notification.system.CompactedTopicReader;
import io.duijie.notification.system.NotificationProperties;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;

/**
 * Preferences per recipient. Their source of truth is the compacted topic
 * {@code recipient-preferences} (key = recipientId, plain JSON of {@link Preferences}):
 * every change (a {@code PUT}, the unsubscribe link) is written there first and
 * acknowledged by the broker before Redis is updated and the API answers. Redis
 * ({@code duijie:notification:preferences:<recipientId>}, JSON {@code {"offset": n,
 * "preferences": {…}}}) is the read side and can always be refilled from the topic; this
 * matters most for an unsubscribe, which must never be forgotten because Redis (kept
 * without persistence) restarted or was flushed.
 * <p>
 * Every read checks the marker {@code duijie:notification:preferences-rebuilt} in the
 * same script as the {@code GET}; when it is missing, the topic is replayed into Redis
 * before the read answers (as at start-up). Redis is written with a compare-and-set on
 * the record's offset (a key always lands on the same partition, so its offsets order its
 * changes): whichever of a replay and a concurrent {@code PUT} comes last, Redis ends up
 * with the latest change on the topic. Values written before the topic existed (plain
 * preferences JSON without offset) are still read, and a replay writes them to the topic.
 * <p>
 * The webhook secret is kept with the preferences, on the topic as in Redis, since
 * signatures need it after a flush too: access to the topic must be limited to this
 * service (see the README).
 */
@Component
public class PreferencesStore implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(PreferencesStore.class);

	static final String KEY_PREFIX = "duijie:notification:preferences:";

	static final String MARKER_KEY = "duijie:notification:preferences-rebuilt";

	private static final String REBUILD = "REBUILD";

	private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

	/**
	 * The stored value, or 'REBUILD' when the marker is missing (Redis lost the store).
	 */
	private static final RedisScript<String> READ = RedisScript.of("""
			if redis.call('EXISTS', KEYS[1]) == 0 then return 'REBUILD' end
			return redis.call('GET', KEYS[2])
			""", String.class);

	/**
	 * Sets KEYS[1] to ARGV[2] unless it holds the change at offset ARGV[1] or a later
	 * one; answers 1 if it wrote. A value without offset (written before the topic) is
	 * always replaced.
	 */
	private static final RedisScript<Long> WRITE = RedisScript.of("""
			local current = redis.call('GET', KEYS[1])
			if current then
			  local ok, decoded = pcall(cjson.decode, current)
			  if ok and type(decoded) == 'table' and type(decoded['offset']) == 'number'
			      and decoded['offset'] >= tonumber(ARGV[1]) then
			    return 0
			  end
			end
			redis.call('SET', KEYS[1], ARGV[2])
			return 1
			""", Long.class);

	/** What Redis holds: the preferences and the offset of their record on the topic. */
	record Stored(long offset, Preferences preferences) {
	}

	private final StringRedisTemplate redis;

	private final JsonMapper mapper;

	private final KafkaTemplate<String, Object> kafka;

	private final String topic;

	private final CompactedTopicReader topicReader;

	private final MeterRegistry meters;

	private volatile boolean running;

	PreferencesStore(StringRedisTemplate redis, JsonMapper mapper, KafkaTemplate<String, Object> kafka,
			ConsumerFactory<String, Object> consumerFactory, NotificationProperties properties, MeterRegistry meters) {
		this.redis = redis;
		this.mapper = mapper;
		this.kafka = kafka;
		this.topic = properties.preferencesTopic();
		this.topicReader = new CompactedTopicReader(consumerFactory);
		this.meters = meters;
	}

	/** The recipient's preferences, or the defaults. */
	public Preferences get(String recipientId) {
		return find(recipientId).orElseGet(Preferences::defaults);
	}

	/** The recipient's own preferences, if they set any. */
	public Optional<Preferences> find(String recipientId) {
		for (int i = 0; i < 3; i++) {
			String json = this.redis.execute(READ, List.of(MARKER_KEY, KEY_PREFIX + recipientId));
			if (!REBUILD.equals(json)) {
				return (json != null) ? Optional.of(read(json).preferences()) : Optional.empty();
			}
			rebuildIfNeeded();
		}
		throw new IllegalStateException("The preferences could not be rebuilt");
	}

	/**
	 * Takes a channel off (the unsubscribe link); the inbox stays when nothing else is
	 * left. Durable once this returns.
	 */
	public Preferences remove(String recipientId, Channel channel) {
		Preferences changed = get(recipientId).without(channel);
		save(recipientId, changed);
		return changed;
	}

	/** True if the recipient set preferences of their own. */
	public boolean isCustom(String recipientId) {
		return find(recipientId).isPresent();
	}

	/**
	 * Writes the preferences to the topic, waits for the broker's acknowledgement, then
	 * to Redis. Fails (and Redis is left unchanged) when the broker does not acknowledge.
	 */
	void save(String recipientId, Preferences preferences) {
		long offset = publish(recipientId, preferences);
		write(recipientId, new Stored(offset, preferences));
	}

	private long publish(String recipientId, Preferences preferences) {
		ProducerRecord<String, Object> record = new ProducerRecord<>(this.topic, recipientId,
				this.mapper.writeValueAsBytes(preferences));
		record.headers()
			.add(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.APPLICATION_JSON.getBytes(StandardCharsets.UTF_8));
		try {
			SendResult<String, Object> result = this.kafka.send(record)
				.get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
			return result.getRecordMetadata().offset();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while saving the preferences of " + recipientId, ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("Could not save the preferences of " + recipientId, ex);
		}
	}

	private boolean write(String recipientId, Stored stored) {
		Long written = this.redis.execute(WRITE, List.of(KEY_PREFIX + recipientId), String.valueOf(stored.offset()),
				this.mapper.writeValueAsString(stored));
		return Long.valueOf(1).equals(written);
	}

	/** A stored value; one without offset (from before the topic) counts as offset -1. */
	private Stored read(String json) {
		JsonNode node = this.mapper.readTree(json);
		JsonNode preferences = node.get("preferences");
		if (preferences != null && node.has("offset")) {
			return new Stored(node.get("offset").asLong(), this.mapper.treeToValue(preferences, Preferences.class));
		}
		return new Stored(-1, this.mapper.treeToValue(node, Preferences.class));
	}

	/**
	 * Replays the topic into Redis if the marker is missing, then writes values that are
	 * not on the topic yet (stored before it existed) to it. One at a time; reads wait
	 * for it (they see the missing marker and come here).
	 */
	synchronized void rebuildIfNeeded() {
		if (Boolean.TRUE.equals(this.redis.hasKey(MARKER_KEY))) {
			return;
		}
		long started = System.nanoTime();
		CompactedTopicReader.Latest<Stored> latest = this.topicReader.read(this.topic, "preferences-replay",
				(record) -> new Stored(record.offset(), this.mapper.readValue(record.value(), Preferences.class)));
		long records = latest.records();
		long applied = 0;
		for (Map.Entry<String, Stored> entry : latest.values().entrySet()) {
			if (write(entry.getKey(), entry.getValue())) {
				applied++;
			}
		}
		long migrated = publishUnrecorded();
		this.redis.opsForValue().set(MARKER_KEY, "1");
		this.meters.counter("duijie.notification.preferences.rebuilds").increment();
		this.meters.counter("duijie.notification.preferences.replayed").increment(applied);
		logger.info("Preferences rebuilt from {}: {} records, {} recipients applied, {} written to the topic, in {} ms",
				this.topic, records, applied, migrated, (System.nanoTime() - started) / 1_000_000);
	}

	/** Writes preferences that Redis holds without an offset to the topic. */
	private long publishUnrecorded() {
		List<String> keys = new ArrayList<>();
		try (Cursor<String> cursor = this.redis
			.scan(ScanOptions.scanOptions().match(KEY_PREFIX + "*").count(1000).build())) {
			cursor.forEachRemaining(keys::add);
		}
		long migrated = 0;
		for (String key : keys) {
			String json = this.redis.opsForValue().get(key);
			if (json == null) {
				continue;
			}
			Stored stored = read(json);
			if (stored.offset() < 0) {
				save(key.substring(KEY_PREFIX.length()), stored.preferences());
				migrated++;
			}
		}
		return migrated;
	}

	/**
	 * At start-up, before the listeners and the web server: refills Redis from the topic
	 * if it lost the preferences.
	 */
	@Override
	public void start() {
		rebuildIfNeeded();
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 2000;
	}

}

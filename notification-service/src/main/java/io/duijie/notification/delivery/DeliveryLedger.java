package io.duijie.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import io.duijie.contracts.Channel;
import io.duijie.notification.system.CompactedTopicReader;
import io.duijie.notification.system.NotificationProperties;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.ReturnType;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;

/**
 * The delivery ledger: every notification's state in Redis
 * ({@code duijie:notification:delivery:<id>}, a hash), with the due retries and leases in
 * a sorted set ({@code duijie:notification:deliveries:due}) and the parked ones in
 * another ({@code duijie:notification:deliveries:failed}). Every outcome (SENT, RETRY,
 * FAILED) is first written to the compacted topic {@code notification-ledger} (key =
 * notification id) and acknowledged, then to Redis; so Redis can always be refilled from
 * the topic.
 * <p>
 * A claim ({@code SENDING}) is Redis-only: a lease entered in the due set at "now +
 * lease". If the sender dies before it records an outcome, the retry poller takes the
 * lease over when it expires and sends again, with the same notification id: that is the
 * one duplicate a crash can cause.
 * <p>
 * Every claim and take first checks the marker {@code duijie:notification:ledger:rebuilt}
 * in the same script; when it is missing (Redis was flushed or replaced) the ledger is
 * replayed from the topic before anything is claimed. The replay only fills entries that
 * are absent, so outcomes recorded meanwhile win; a replayed RETRY is not due before one
 * lease from now, so that a send still in flight can record its outcome first.
 * <p>
 * The scripts touch the entry, the due set and the marker together, so on Redis Cluster
 * these keys would need one hash slot: the ledger assumes a single Redis (or a primary
 * with replicas).
 */
@Component
class DeliveryLedger implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(DeliveryLedger.class);

	static final String ENTRY_PREFIX = "duijie:notification:delivery:";

	static final String DUE_KEY = "duijie:notification:deliveries:due";

	static final String FAILED_KEY = "duijie:notification:deliveries:failed";

	static final String MARKER_KEY = "duijie:notification:ledger:rebuilt";

	static final String CLAIMED = "CLAIMED";

	static final String REBUILD = "REBUILD";

	private static final RedisScript<String> CLAIM = RedisScript.of("""
			if redis.call('EXISTS', KEYS[1]) == 0 then return 'REBUILD' end
			local status = redis.call('HGET', KEYS[2], 'status')
			if status then return status end
			redis.call('HSET', KEYS[2], 'status', 'SENDING', 'attempts', '1', 'channel', ARGV[4],
			  'recipient', ARGV[5], 'updated', ARGV[6], 'payload', ARGV[3])
			redis.call('EXPIRE', KEYS[2], ARGV[7])
			redis.call('ZADD', KEYS[3], ARGV[2], ARGV[1])
			return 'CLAIMED'
			""", String.class);

	/**
	 * Takes due entries (RETRY, or SENDING whose lease expired): each becomes SENDING
	 * with a new lease and one more attempt. Answers id, attempts, payload triples, or
	 * {'REBUILD'}.
	 */
	@SuppressWarnings("rawtypes")
	private static final RedisScript<List> TAKE = RedisScript.of("""
			if redis.call('EXISTS', KEYS[1]) == 0 then return {'REBUILD'} end
			local ids = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[3]))
			local out = {}
			for _, id in ipairs(ids) do
			  local key = ARGV[4] .. id
			  local status = redis.call('HGET', key, 'status')
			  if status == 'RETRY' or status == 'SENDING' then
			    redis.call('ZADD', KEYS[2], ARGV[2], id)
			    local attempts = redis.call('HINCRBY', key, 'attempts', 1)
			    redis.call('HSET', key, 'status', 'SENDING', 'updated', ARGV[1])
			    table.insert(out, id)
			    table.insert(out, tostring(attempts))
			    table.insert(out, redis.call('HGET', key, 'payload') or '')
			  else
			    redis.call('ZREM', KEYS[2], id)
			  end
			end
			return out
			""", List.class);

	/**
	 * Records an outcome (ARGV[2] = SENT, RETRY or FAILED); with ARGV[11] = '1' only if
	 * the entry is absent (a replay).
	 */
	private static final RedisScript<Long> RECORD_SOURCE = RedisScript.of("""
			if ARGV[11] == '1' and redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
			redis.call('HSET', KEYS[1], 'status', ARGV[2], 'attempts', ARGV[3], 'updated', ARGV[4],
			  'channel', ARGV[8], 'recipient', ARGV[9])
			if ARGV[2] == 'SENT' then
			  redis.call('HDEL', KEYS[1], 'payload', 'reason', 'due')
			  redis.call('ZREM', KEYS[2], ARGV[1])
			  redis.call('ZREM', KEYS[3], ARGV[1])
			elseif ARGV[2] == 'RETRY' then
			  redis.call('HSET', KEYS[1], 'due', ARGV[5], 'reason', ARGV[6], 'payload', ARGV[7])
			  redis.call('ZADD', KEYS[2], ARGV[5], ARGV[1])
			  redis.call('ZREM', KEYS[3], ARGV[1])
			else
			  redis.call('HSET', KEYS[1], 'reason', ARGV[6], 'payload', ARGV[7])
			  redis.call('HDEL', KEYS[1], 'due')
			  redis.call('ZREM', KEYS[2], ARGV[1])
			  redis.call('ZADD', KEYS[3], ARGV[4], ARGV[1])
			end
			redis.call('EXPIRE', KEYS[1], ARGV[10])
			return 1
			""", Long.class);

	/** FAILED → SENDING with a lease and attempts reset; answers the payload. */
	@SuppressWarnings("rawtypes")
	private static final RedisScript<List> UNPARK = RedisScript.of("""
			local status = redis.call('HGET', KEYS[1], 'status')
			if not status then return {'MISSING'} end
			if status ~= 'FAILED' then return {status} end
			redis.call('HSET', KEYS[1], 'status', 'SENDING', 'attempts', '1', 'updated', ARGV[2])
			redis.call('HDEL', KEYS[1], 'reason')
			redis.call('ZREM', KEYS[3], ARGV[1])
			redis.call('ZADD', KEYS[2], ARGV[3], ARGV[1])
			return {'CLAIMED', redis.call('HGET', KEYS[1], 'payload') or ''}
			""", List.class);

	/** Releases a claim (a retraction's inbox entry that failed). */
	private static final RedisScript<Long> RELEASE = RedisScript.of("""
			redis.call('ZREM', KEYS[2], ARGV[1])
			return redis.call('DEL', KEYS[1])
			""", Long.class);

	/** An entry taken from the due set for another attempt. */
	record Taken(String notificationId, int attempts, @Nullable Delivery delivery) {
	}

	/** The answer to a request to send a parked delivery again. */
	record Unparked(String status, @Nullable Delivery delivery) {
	}

	private final StringRedisTemplate redis;

	private final NotificationEventPublisher publisher;

	private final JsonMapper mapper;

	private final DeliveryProperties properties;

	private final Duration ttl;

	private final Clock clock;

	private final CompactedTopicReader topicReader;

	private final MeterRegistry meters;

	private volatile boolean running;

	DeliveryLedger(StringRedisTemplate redis, NotificationEventPublisher publisher, JsonMapper mapper,
			DeliveryProperties properties, NotificationProperties notificationProperties, Clock clock,
			ConsumerFactory<String, Object> consumerFactory, MeterRegistry meters) {
		this.redis = redis;
		this.publisher = publisher;
		this.mapper = mapper;
		this.properties = properties;
		this.ttl = notificationProperties.dedupeTtl();
		this.clock = clock;
		this.topicReader = new CompactedTopicReader(consumerFactory);
		this.meters = meters;
	}

	/**
	 * Claims a delivery before its first attempt: {@link #CLAIMED}, or the status it
	 * already has (SENDING, SENT, RETRY, FAILED), in which case it must not be sent.
	 */
	String claim(Delivery delivery) {
		return claim(delivery.notificationId(), delivery.channel(), delivery.recipient().id(),
				json(delivery.forStorage()));
	}

	/**
	 * Claims a notification that cannot be sent again from the ledger (nothing stored to
	 * resend): if its sender dies, the lease's take-over releases it.
	 */
	String claim(String notificationId, Channel channel, String recipientId) {
		return claim(notificationId, channel, recipientId, "");
	}

	private String claim(String notificationId, Channel channel, String recipientId, String payload) {
		long now = this.clock.millis();
		for (int i = 0; i < 3; i++) {
			String result = this.redis.execute(CLAIM, List.of(MARKER_KEY, ENTRY_PREFIX + notificationId, DUE_KEY),
					notificationId, String.valueOf(now + this.properties.lease().toMillis()), payload, channel.name(),
					recipientId, String.valueOf(now), String.valueOf(this.ttl.toSeconds()));
			if (!REBUILD.equals(result)) {
				return String.valueOf(result);
			}
			rebuildIfNeeded();
		}
		throw new IllegalStateException("The delivery ledger could not be rebuilt");
	}

	/** Takes up to {@code limit} due entries (expired leases and due retries). */
	List<Taken> takeDue(int limit) {
		for (int i = 0; i < 3; i++) {
			long now = this.clock.millis();
			List<?> result = this.redis.execute(TAKE, List.of(MARKER_KEY, DUE_KEY), String.valueOf(now),
					String.valueOf(now + this.properties.lease().toMillis()), String.valueOf(limit), ENTRY_PREFIX);
			if (result != null && result.size() == 1 && REBUILD.equals(result.get(0))) {
				rebuildIfNeeded();
				continue;
			}
			List<Taken> taken = new ArrayList<>();
			if (result != null) {
				for (int j = 0; j + 2 < result.size(); j += 3) {
					String payload = String.valueOf(result.get(j + 2));
					taken.add(new Taken(String.valueOf(result.get(j)),
							Integer.parseInt(String.valueOf(result.get(j + 1))),
							payload.isEmpty() ? null : this.mapper.readValue(payload, Delivery.class)));
				}
			}
			return taken;
		}
		throw new IllegalStateException("The delivery ledger could not be rebuilt");
	}

	/**
	 * Records an outcome: first on the topic (waiting for the broker), then in Redis.
	 * {@code alsoAwait} is awaited together with the topic write (the delivery event).
	 */
	void record(LedgerEntry entry, @Nullable CompletableFuture<?> alsoAwait) {
		LedgerEntry stored = storable(entry);
		CompletableFuture<?> written = this.publisher.ledger(this.properties.ledgerTopic(), entry.notificationId(),
				this.mapper.writeValueAsBytes(stored));
		NotificationEventPublisher.await((alsoAwait != null) ? CompletableFuture.allOf(written, alsoAwait) : written,
				entry.notificationId());
		apply(stored, false);
	}

	/** Sends a parked delivery again: FAILED → SENDING, answering its payload. */
	Unparked unpark(String notificationId) {
		ensureRebuilt();
		long now = this.clock.millis();
		List<?> result = this.redis.execute(UNPARK, List.of(ENTRY_PREFIX + notificationId, DUE_KEY, FAILED_KEY),
				notificationId, String.valueOf(now), String.valueOf(now + this.properties.lease().toMillis()));
		String status = (result != null && !result.isEmpty()) ? String.valueOf(result.get(0)) : "MISSING";
		if (!CLAIMED.equals(status)) {
			return new Unparked(status, null);
		}
		String payload = String.valueOf(result.get(1));
		return new Unparked(status, payload.isEmpty() ? null : this.mapper.readValue(payload, Delivery.class));
	}

	void release(String notificationId) {
		this.redis.execute(RELEASE, List.of(ENTRY_PREFIX + notificationId, DUE_KEY), notificationId);
	}

	Optional<LedgerEntry> find(String notificationId) {
		ensureRebuilt();
		Map<Object, Object> fields = this.redis.opsForHash().entries(ENTRY_PREFIX + notificationId);
		if (fields.isEmpty() || fields.get("status") == null) {
			return Optional.empty();
		}
		return Optional.of(entry(notificationId, fields));
	}

	/** Parked deliveries, most recently parked first. */
	List<LedgerEntry> failed(int page, int size) {
		ensureRebuilt();
		long start = (long) page * size;
		var ids = this.redis.opsForZSet().reverseRange(FAILED_KEY, start, start + size - 1);
		List<LedgerEntry> entries = new ArrayList<>();
		if (ids != null) {
			for (String id : ids) {
				find(id).filter((e) -> e.status() == LedgerEntry.Status.FAILED).ifPresent(entries::add);
			}
		}
		return entries;
	}

	long failedCount() {
		Long count = this.redis.opsForZSet().zCard(FAILED_KEY);
		return (count != null) ? count : 0;
	}

	void ensureRebuilt() {
		if (!Boolean.TRUE.equals(this.redis.hasKey(MARKER_KEY))) {
			rebuildIfNeeded();
		}
	}

	/**
	 * Replays the ledger topic into Redis if the marker is missing. One at a time; claims
	 * and takes wait for it (they see the missing marker and come here).
	 */
	synchronized void rebuildIfNeeded() {
		if (Boolean.TRUE.equals(this.redis.hasKey(MARKER_KEY))) {
			return;
		}
		long started = System.nanoTime();
		CompactedTopicReader.Latest<LedgerEntry> latest = this.topicReader.read(this.properties.ledgerTopic(),
				"ledger-replay", (record) -> this.mapper.readValue(record.value(), LedgerEntry.class));
		long records = latest.records();
		long applied = applyAll(latest.values().values());
		this.redis.opsForValue().set(MARKER_KEY, this.clock.instant().toString());
		this.meters.counter("duijie.notification.ledger.rebuilds").increment();
		this.meters.counter("duijie.notification.ledger.replayed").increment(applied);
		logger.info("Delivery ledger rebuilt from {}: {} records, {} entries applied, in {} ms",
				this.properties.ledgerTopic(), records, applied, (System.nanoTime() - started) / 1_000_000);
	}

	private long applyAll(Iterable<LedgerEntry> entries) {
		long now = this.clock.millis();
		List<LedgerEntry> batch = new ArrayList<>();
		long applied = 0;
		for (LedgerEntry entry : entries) {
			if (entry.updatedAt().toEpochMilli() + this.ttl.toMillis() <= now) {
				continue;
			}
			LedgerEntry replayed = entry;
			if (entry.status() == LedgerEntry.Status.RETRY) {
				// a send of this entry may still be in flight: leave it one lease to
				// record
				long due = Math.max((entry.dueAt() != null) ? entry.dueAt().toEpochMilli() : now,
						now + this.properties.lease().toMillis());
				replayed = new LedgerEntry(entry.notificationId(), entry.status(), entry.channel(), entry.recipientId(),
						entry.attempts(), entry.updatedAt(), Instant.ofEpochMilli(due), entry.reason(),
						entry.delivery());
			}
			batch.add(replayed);
			if (batch.size() == 1000) {
				applied += applyBatch(batch);
				batch.clear();
			}
		}
		applied += applyBatch(batch);
		return applied;
	}

	private long applyBatch(List<LedgerEntry> batch) {
		if (batch.isEmpty()) {
			return 0;
		}
		byte[] script = RECORD_SOURCE.getScriptAsString().getBytes(StandardCharsets.UTF_8);
		String sha = this.redis
			.execute((RedisCallback<String>) (connection) -> connection.scriptingCommands().scriptLoad(script));
		this.redis.executePipelined((RedisCallback<Object>) (connection) -> {
			for (LedgerEntry entry : batch) {
				evalRecord(connection, String.valueOf(sha), entry, true);
			}
			return null;
		});
		return batch.size();
	}

	private void apply(LedgerEntry entry, boolean onlyIfAbsent) {
		String[] args = recordArgs(entry, onlyIfAbsent);
		this.redis.execute(RECORD_SOURCE, recordKeys(entry), (Object[]) args);
	}

	private void evalRecord(RedisConnection connection, String sha, LedgerEntry entry, boolean onlyIfAbsent) {
		List<String> keys = recordKeys(entry);
		String[] args = recordArgs(entry, onlyIfAbsent);
		byte[][] keysAndArgs = new byte[keys.size() + args.length][];
		for (int i = 0; i < keys.size(); i++) {
			keysAndArgs[i] = keys.get(i).getBytes(StandardCharsets.UTF_8);
		}
		for (int i = 0; i < args.length; i++) {
			keysAndArgs[keys.size() + i] = args[i].getBytes(StandardCharsets.UTF_8);
		}
		connection.scriptingCommands().evalSha(sha, ReturnType.INTEGER, keys.size(), keysAndArgs);
	}

	private static List<String> recordKeys(LedgerEntry entry) {
		return List.of(ENTRY_PREFIX + entry.notificationId(), DUE_KEY, FAILED_KEY);
	}

	private String[] recordArgs(LedgerEntry entry, boolean onlyIfAbsent) {
		long remaining = (entry.updatedAt().toEpochMilli() + this.ttl.toMillis() - this.clock.millis()) / 1000;
		return new String[] { entry.notificationId(), entry.status().name(), String.valueOf(entry.attempts()),
				String.valueOf(entry.updatedAt().toEpochMilli()),
				String.valueOf((entry.dueAt() != null) ? entry.dueAt().toEpochMilli() : 0),
				(entry.reason() != null) ? entry.reason() : "",
				(entry.delivery() != null) ? json(entry.delivery()) : "", entry.channel().name(), entry.recipientId(),
				String.valueOf(Math.max(1, remaining)), onlyIfAbsent ? "1" : "0" };
	}

	private LedgerEntry entry(String notificationId, Map<Object, Object> fields) {
		String due = (String) fields.get("due");
		String reason = (String) fields.get("reason");
		String updated = (String) fields.get("updated");
		return new LedgerEntry(notificationId, LedgerEntry.Status.valueOf((String) fields.get("status")),
				Channel.valueOf(String.valueOf(fields.get("channel"))), String.valueOf(fields.get("recipient")),
				Integer.parseInt(String.valueOf(fields.getOrDefault("attempts", "0"))),
				Instant.ofEpochMilli((updated != null) ? Long.parseLong(updated) : 0),
				(due != null && !"0".equals(due)) ? Instant.ofEpochMilli(Long.parseLong(due)) : null,
				(reason != null && !reason.isEmpty()) ? reason : null, null);
	}

	private String json(Delivery delivery) {
		return this.mapper.writeValueAsString(delivery);
	}

	/** SENT entries carry no payload; the others no webhook secret. */
	private static LedgerEntry storable(LedgerEntry entry) {
		return (entry.delivery() != null && entry.status() != LedgerEntry.Status.SENT)
				? new LedgerEntry(entry.notificationId(), entry.status(), entry.channel(), entry.recipientId(),
						entry.attempts(), entry.updatedAt(), entry.dueAt(), entry.reason(),
						entry.delivery().forStorage())
				: new LedgerEntry(entry.notificationId(), entry.status(), entry.channel(), entry.recipientId(),
						entry.attempts(), entry.updatedAt(), entry.dueAt(), entry.reason(), null);
	}

	/**
	 * At start-up, before the listeners: refills Redis from the topic if it lost the
	 * ledger.
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

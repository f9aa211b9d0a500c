package io.duijie.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.duijie.contracts.Channel;
import io.duijie.notification.preferences.Preferences;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * Deliveries held back, in Redis so that they survive a restart of the service. E-mails
 * of a recipient in {@code DAILY_DIGEST} mode wait in
 * {@code duijie:notification:digest:{<recipientId>}} (hash notificationId → delivery) and
 * the recipient in {@code duijie:notification:digest-due} (sorted set by digest time).
 * E-mails and webhooks that fall in quiet hours wait in
 * {@code duijie:notification:deferred-items:{deferrals}} (hash) and
 * {@code duijie:notification:deferred:{deferrals}} (sorted set by the end of the quiet
 * hours). Both are keyed by notification id, so a redelivered record is held once; the
 * claim is taken only when the delivery finally goes out, through the
 * {@link DeliveryEngine}. Held deliveries are stored without the webhook secret; the
 * current preferences bring it back when they go out.
 */
@Component
class Deferrals {

	static final String DEFERRED = "duijie:notification:deferred:{deferrals}";

	static final String DEFERRED_ITEMS = "duijie:notification:deferred-items:{deferrals}";

	static final String DIGEST_DUE = "duijie:notification:digest-due";

	/**
	 * Leases due members: answers those scored up to ARGV[1] (at most ARGV[3]) and
	 * re-scores them ARGV[2], so that another instance does not take them, and that they
	 * come back if this one dies before it is done.
	 */
	private static final RedisScript<List> LEASE = RedisScript.of("""
			local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[3]))
			for _, member in ipairs(due) do
			  redis.call('ZADD', KEYS[1], ARGV[2], member)
			end
			return due
			""", List.class);

	private final StringRedisTemplate redis;

	private final JsonMapper mapper;

	private final Clock clock;

	private final MeterRegistry meters;

	Deferrals(StringRedisTemplate redis, JsonMapper mapper, Clock clock, MeterRegistry meters) {
		this.redis = redis;
		this.mapper = mapper;
		this.clock = clock;
		this.meters = meters;
	}

	/**
	 * Holds a delivery back if the recipient's preferences say so; the inbox never waits.
	 * @return true if it was held back
	 */
	boolean defer(Delivery delivery) {
		if (delivery.channel() == Channel.INBOX) {
			return false;
		}
		Preferences preferences = delivery.recipient().preferences();
		Instant now = this.clock.instant();
		if (delivery.channel() == Channel.EMAIL && preferences.digest()) {
			String recipientId = delivery.recipient().id();
			this.redis.opsForHash()
				.put(digestKey(recipientId), delivery.notificationId(),
						this.mapper.writeValueAsString(delivery.forStorage()));
			this.redis.opsForZSet().addIfAbsent(DIGEST_DUE, recipientId, preferences.nextDigest(now).toEpochMilli());
			count("digest", delivery.channel());
			return true;
		}
		Optional<Instant> until = (preferences.quietHours() != null)
				? preferences.quietHours().endIfInside(now, preferences.zone()) : Optional.empty();
		if (until.isPresent()) {
			this.redis.opsForHash()
				.put(DEFERRED_ITEMS, delivery.notificationId(), this.mapper.writeValueAsString(delivery.forStorage()));
			this.redis.opsForZSet().add(DEFERRED, delivery.notificationId(), until.get().toEpochMilli());
			count("quiet-hours", delivery.channel());
			return true;
		}
		return false;
	}

	/** Leases quiet-hours deliveries that are due; each must be {@link #done} after. */
	List<Delivery> dueHeldBack(int max, java.time.Duration lease) {
		List<Delivery> due = new ArrayList<>();
		for (String id : leased(DEFERRED, max, lease)) {
			Object json = this.redis.opsForHash().get(DEFERRED_ITEMS, id);
			if (json == null) {
				this.redis.opsForZSet().remove(DEFERRED, id);
			}
			else {
				due.add(this.mapper.readValue(json.toString(), Delivery.class));
			}
		}
		return due;
	}

	void done(Delivery delivery) {
		this.redis.opsForZSet().remove(DEFERRED, delivery.notificationId());
		this.redis.opsForHash().delete(DEFERRED_ITEMS, delivery.notificationId());
	}

	/** Leases recipients whose digest is due. */
	List<String> dueDigests(int max, java.time.Duration lease) {
		return leased(DIGEST_DUE, max, lease);
	}

	/** The e-mails gathered for a recipient's digest, oldest first. */
	Map<String, Delivery> digestItems(String recipientId) {
		Map<String, Delivery> items = new LinkedHashMap<>();
		this.redis.opsForHash()
			.entries(digestKey(recipientId))
			.forEach((id, json) -> items.put(id.toString(), this.mapper.readValue(json.toString(), Delivery.class)));
		return items;
	}

	/** The digest went out (or had nothing new): forget its items and the due time. */
	void digestDone(String recipientId, List<String> notificationIds) {
		if (!notificationIds.isEmpty()) {
			this.redis.opsForHash().delete(digestKey(recipientId), notificationIds.toArray());
		}
		this.redis.opsForZSet().remove(DIGEST_DUE, recipientId);
		Long left = this.redis.opsForHash().size(digestKey(recipientId));
		if (left != null && left > 0) {
			// arrived while the digest was being sent: they go with the next one
			Delivery any = digestItems(recipientId).values().iterator().next();
			this.redis.opsForZSet()
				.addIfAbsent(DIGEST_DUE, recipientId,
						any.recipient().preferences().nextDigest(this.clock.instant()).toEpochMilli());
		}
	}

	/** Try again later, e.g. after SMTP failed. */
	void retryLater(String key, String member, java.time.Duration delay) {
		this.redis.opsForZSet().add(key, member, this.clock.instant().plus(delay).toEpochMilli());
	}

	@SuppressWarnings("unchecked")
	private List<String> leased(String key, int max, java.time.Duration lease) {
		Instant now = this.clock.instant();
		List<Object> due = this.redis.execute(LEASE, List.of(key), String.valueOf(now.toEpochMilli()),
				String.valueOf(now.plus(lease).toEpochMilli()), String.valueOf(max));
		return (due != null) ? due.stream().map(Object::toString).toList() : List.of();
	}

	private void count(String reason, Channel channel) {
		this.meters.counter("duijie.notification.held.back", "reason", reason, "channel", channel.name()).increment();
	}

	static String digestKey(String recipientId) {
		return "duijie:notification:digest:{" + recipientId + "}";
	}

}

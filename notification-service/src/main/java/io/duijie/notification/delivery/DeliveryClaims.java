package io.duijie.notification.delivery;

import io.duijie.notification.system.NotificationProperties;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * The exactly-once ledger: {@code duijie:notification:sent:<notificationId>}, claimed
 * with {@code SET NX} before the side effect and kept for {@code dedupe-ttl} (at least 90
 * days), released if the side effect fails so that a retried or redelivered record can
 * try again.
 */
@Component
class DeliveryClaims {

	static final String KEY_PREFIX = "duijie:notification:sent:";

	private final StringRedisTemplate redis;

	private final NotificationProperties properties;

	DeliveryClaims(StringRedisTemplate redis, NotificationProperties properties) {
		this.redis = redis;
		this.properties = properties;
	}

	/**
	 * True if this call claimed the notification; false if it was delivered (or is being
	 * delivered) already.
	 */
	boolean claim(String notificationId) {
		return Boolean.TRUE.equals(
				this.redis.opsForValue().setIfAbsent(KEY_PREFIX + notificationId, "1", this.properties.dedupeTtl()));
	}

	void release(String notificationId) {
		this.redis.delete(KEY_PREFIX + notificationId);
	}

}

package io.duijie.notification.delivery;

import java.util.Map;
import java.util.Optional;

import io.duijie.contracts.MatchProposed;
import io.duijie.notification.system.NotificationProperties;
import org.jspecify.annotations.Nullable;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * What a retraction needs but does not carry: the last revision notified and the names of
 * a match ({@code duijie:notification:match:<matchId>}, a hash kept as long as the
 * delivery claims).
 */
@Component
class MatchMemory {

	private static final String KEY_PREFIX = "duijie:notification:match:";

	private final StringRedisTemplate redis;

	private final NotificationProperties properties;

	MatchMemory(StringRedisTemplate redis, NotificationProperties properties) {
		this.redis = redis;
		this.properties = properties;
	}

	/** What is remembered of a match. */
	record Remembered(String revision, String enterpriseName, String partnerName, @Nullable String parkName) {
	}

	void remember(MatchProposed match) {
		String key = KEY_PREFIX + match.matchId();
		Map<String, String> fields = (match.parkName() != null)
				? Map.of("revision", match.revision(), "enterpriseName", match.enterpriseName(), "partnerName",
						match.partnerName(), "parkName", match.parkName())
				: Map.of("revision", match.revision(), "enterpriseName", match.enterpriseName(), "partnerName",
						match.partnerName());
		this.redis.opsForHash().putAll(key, fields);
		if (match.parkName() == null) {
			this.redis.opsForHash().delete(key, "parkName");
		}
		this.redis.expire(key, this.properties.dedupeTtl());
	}

	Optional<Remembered> recall(String matchId) {
		Map<Object, Object> fields = this.redis.opsForHash().entries(KEY_PREFIX + matchId);
		if (fields.isEmpty() || fields.get("revision") == null) {
			return Optional.empty();
		}
		Object park = fields.get("parkName");
		return Optional
			.of(new Remembered(fields.get("revision").toString(), String.valueOf(fields.get("enterpriseName")),
					String.valueOf(fields.get("partnerName")), (park != null) ? park.toString() : null));
	}

}

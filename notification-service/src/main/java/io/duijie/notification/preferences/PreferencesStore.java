package io.duijie.notification.preferences;

import java.util.Optional;

import io.duijie.contracts.Channel;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Preferences per recipient in Redis
 * ({@code duijie:notification:preferences:<recipientId>}, JSON). Unlike the contact
 * directory these are not rebuilt from Kafka: the API is their only source.
 */
@Component
public class PreferencesStore {

	private static final String KEY_PREFIX = "duijie:notification:preferences:";

	private final StringRedisTemplate redis;

	private final JsonMapper mapper;

	PreferencesStore(StringRedisTemplate redis, JsonMapper mapper) {
		this.redis = redis;
		this.mapper = mapper;
	}

	/** The recipient's preferences, or the defaults. */
	public Preferences get(String recipientId) {
		return find(recipientId).orElseGet(Preferences::defaults);
	}

	/** The recipient's own preferences, if they set any. */
	public Optional<Preferences> find(String recipientId) {
		String json = this.redis.opsForValue().get(KEY_PREFIX + recipientId);
		return (json != null) ? Optional.of(this.mapper.readValue(json, Preferences.class)) : Optional.empty();
	}

	/**
	 * Takes a channel off (the unsubscribe link); the inbox stays when nothing else is
	 * left.
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

	void save(String recipientId, Preferences preferences) {
		this.redis.opsForValue().set(KEY_PREFIX + recipientId, this.mapper.writeValueAsString(preferences));
	}

}

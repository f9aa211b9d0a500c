package io.duijie.notification.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.duijie.notification.system.NotificationProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * The inbox of each recipient in Redis. Three keys per recipient, sharing a hash tag so
 * that they live in one Redis Cluster slot:
 * {@code duijie:notification:inbox:{<recipientId>}} (sorted set of notification ids by
 * creation time), {@code duijie:notification:inbox-items:{<recipientId>}} (hash:
 * notification id → JSON item) and {@code duijie:notification:inbox-read:{<recipientId>}}
 * (set of read ids). Adding is idempotent (same id, same entry) and trims the inbox to
 * its newest {@code inbox-max-items}.
 */
@Component
public class InboxStore {

	private static final Logger logger = LoggerFactory.getLogger(InboxStore.class);

	/** KEYS: index, items, read. ARGV: id, score, json, max. */
	private static final RedisScript<Long> ADD = RedisScript.of("""
			redis.call('HSET', KEYS[2], ARGV[1], ARGV[3])
			redis.call('ZADD', KEYS[1], ARGV[2], ARGV[1])
			local excess = redis.call('ZCARD', KEYS[1]) - tonumber(ARGV[4])
			if excess > 0 then
			  local old = redis.call('ZRANGE', KEYS[1], 0, excess - 1)
			  redis.call('ZREMRANGEBYRANK', KEYS[1], 0, excess - 1)
			  for _, id in ipairs(old) do
			    redis.call('HDEL', KEYS[2], id)
			    redis.call('SREM', KEYS[3], id)
			  end
			end
			return 1
			""", Long.class);

	private final StringRedisTemplate redis;

	private final JsonMapper mapper;

	private final NotificationProperties properties;

	InboxStore(StringRedisTemplate redis, JsonMapper mapper, NotificationProperties properties) {
		this.redis = redis;
		this.mapper = mapper;
		this.properties = properties;
	}

	/**
	 * Adds an entry, or rewrites it if its notification id is already there, and tells
	 * the open inbox streams of every instance ({@link InboxStreams}, Redis pub/sub).
	 */
	public void add(String recipientId, InboxItem item) {
		String json = this.mapper.writeValueAsString(item.withRead(false));
		this.redis.execute(ADD, keys(recipientId), item.notificationId(),
				String.valueOf(item.createdAt().toEpochMilli()), json, String.valueOf(this.properties.inboxMaxItems()));
		try {
			this.redis.convertAndSend(InboxStreams.CHANNEL,
					this.mapper.writeValueAsString(new InboxStreams.Added(recipientId, item.withRead(false))));
		}
		catch (RuntimeException ex) {
			// the entry is stored; a stream that missed it shows it on the next page load
			logger.warn("Inbox entry {} stored but not published to streams", item.notificationId(), ex);
		}
	}

	/** One page of the inbox, newest first, with the total and unread counts. */
	public Page page(String recipientId, int page, int size) {
		long start = (long) page * size;
		Set<String> ids = this.redis.opsForZSet().reverseRange(indexKey(recipientId), start, start + size - 1);
		Long total = this.redis.opsForZSet().zCard(indexKey(recipientId));
		Long read = this.redis.opsForSet().size(readKey(recipientId));
		List<InboxItem> items = (ids == null || ids.isEmpty()) ? List.of() : items(recipientId, new ArrayList<>(ids));
		long all = (total != null) ? total : 0;
		return new Page(items, page, size, all, Math.max(0, all - ((read != null) ? read : 0)));
	}

	/** A page of entries and the inbox's counts. */
	public record Page(List<InboxItem> items, int page, int size, long total, long unread) {
	}

	/** Unread entries of the inbox. */
	public long unread(String recipientId) {
		Long total = this.redis.opsForZSet().zCard(indexKey(recipientId));
		Long read = this.redis.opsForSet().size(readKey(recipientId));
		return Math.max(0, ((total != null) ? total : 0) - ((read != null) ? read : 0));
	}

	/** Marks an entry unread again; false if the inbox has no such entry. */
	public boolean markUnread(String recipientId, String notificationId) {
		if (!this.redis.opsForHash().hasKey(itemsKey(recipientId), notificationId)) {
			return false;
		}
		this.redis.opsForSet().remove(readKey(recipientId), notificationId);
		return true;
	}

	/** The newest {@code limit} entries, newest first, with their read flags. */
	public List<InboxItem> newest(String recipientId, int limit) {
		Set<String> ids = this.redis.opsForZSet().reverseRange(indexKey(recipientId), 0, limit - 1L);
		if (ids == null || ids.isEmpty()) {
			return List.of();
		}
		return items(recipientId, new ArrayList<>(ids));
	}

	private List<InboxItem> items(String recipientId, List<String> order) {
		List<Object> fields = new ArrayList<>(order);
		List<Object> items = this.redis.opsForHash().multiGet(itemsKey(recipientId), fields);
		Set<String> read = this.redis.opsForSet().members(readKey(recipientId));
		List<InboxItem> result = new ArrayList<>(order.size());
		for (int i = 0; i < order.size(); i++) {
			Object json = items.get(i);
			if (json != null) {
				InboxItem item = this.mapper.readValue(json.toString(), InboxItem.class);
				result.add(item.withRead(read != null && read.contains(order.get(i))));
			}
		}
		return result;
	}

	/** Marks an entry read; false if the inbox has no such entry. */
	public boolean markRead(String recipientId, String notificationId) {
		if (!this.redis.opsForHash().hasKey(itemsKey(recipientId), notificationId)) {
			return false;
		}
		this.redis.opsForSet().add(readKey(recipientId), notificationId);
		return true;
	}

	private static List<String> keys(String recipientId) {
		return List.of(indexKey(recipientId), itemsKey(recipientId), readKey(recipientId));
	}

	private static String indexKey(String recipientId) {
		return "duijie:notification:inbox:{" + recipientId + "}";
	}

	private static String itemsKey(String recipientId) {
		return "duijie:notification:inbox-items:{" + recipientId + "}";
	}

	private static String readKey(String recipientId) {
		return "duijie:notification:inbox-read:{" + recipientId + "}";
	}

}

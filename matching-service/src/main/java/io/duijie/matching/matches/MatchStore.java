package io.duijie.matching.matches;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.duijie.contracts.PartnerType;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * The current matches in Redis: the match JSON per matchId
 * ({@code duijie:matching:match:<matchId>}) and a sorted set of matchIds by score per
 * enterprise ({@code duijie:matching:matches:enterprise:<enterpriseId>}) and per partner
 * ({@code duijie:matching:matches:counterpart:<id>},
 * {@code duijie:matching:matches:investor:<id>}). Writes are pipelined and idempotent
 * (SET, ZADD, DEL, ZREM).
 */
@Component
class MatchStore {

	private final StringRedisTemplate redis;

	private final JsonMapper mapper;

	MatchStore(StringRedisTemplate redis, JsonMapper mapper) {
		this.redis = redis;
		this.mapper = mapper;
	}

	/** A current match, or {@code null}. */
	@Nullable MatchView get(String matchId) {
		String json = this.redis.opsForValue().get(matchKey(matchId));
		return (json != null) ? this.mapper.readValue(json, MatchView.class) : null;
	}

	/** An enterprise's current matches, best first. */
	List<MatchView> ofEnterprise(String enterpriseId) {
		return read(enterpriseKey(enterpriseId));
	}

	/** A partner's current matches, best first. */
	List<MatchView> ofPartner(PartnerType type, String partnerId) {
		return read(partnerKey(type, partnerId));
	}

	/** Stores the proposed matches and removes the retracted ones, in one pipeline. */
	void apply(List<MatchView> saved, List<MatchView> removed) {
		if (saved.isEmpty() && removed.isEmpty()) {
			return;
		}
		List<String> json = saved.stream().map(this.mapper::writeValueAsString).toList();
		this.redis.executePipelined((RedisCallback<Object>) (connection) -> {
			for (int i = 0; i < saved.size(); i++) {
				MatchView match = saved.get(i);
				byte[] member = bytes(match.matchId());
				connection.stringCommands().set(bytes(matchKey(match.matchId())), bytes(json.get(i)));
				connection.zSetCommands().zAdd(bytes(enterpriseKey(match.enterpriseId())), match.score(), member);
				connection.zSetCommands()
					.zAdd(bytes(partnerKey(match.partnerType(), match.partnerId())), match.score(), member);
			}
			for (MatchView match : removed) {
				byte[] member = bytes(match.matchId());
				connection.keyCommands().del(bytes(matchKey(match.matchId())));
				connection.zSetCommands().zRem(bytes(enterpriseKey(match.enterpriseId())), member);
				connection.zSetCommands().zRem(bytes(partnerKey(match.partnerType(), match.partnerId())), member);
			}
			return null;
		});
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private List<MatchView> read(String setKey) {
		var ids = this.redis.opsForZSet().reverseRange(setKey, 0, -1);
		if (ids == null || ids.isEmpty()) {
			return List.of();
		}
		List<String> values = this.redis.opsForValue().multiGet(ids.stream().map(MatchStore::matchKey).toList());
		List<MatchView> matches = new ArrayList<>(ids.size());
		if (values != null) {
			for (String value : values) {
				if (value != null) {
					matches.add(this.mapper.readValue(value, MatchView.class));
				}
			}
		}
		return matches;
	}

	static String matchKey(String matchId) {
		return "duijie:matching:match:" + matchId;
	}

	static String enterpriseKey(String enterpriseId) {
		return "duijie:matching:matches:enterprise:" + enterpriseId;
	}

	static String partnerKey(PartnerType type, String partnerId) {
		return "duijie:matching:matches:" + type.name().toLowerCase(Locale.ROOT) + ":" + partnerId;
	}

}

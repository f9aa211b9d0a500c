package io.duijie.intake.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.duijie.contracts.CounterpartKind;
import io.duijie.contracts.CounterpartProfile;
import io.duijie.contracts.DuijieEvent;
import io.duijie.contracts.MatchProposed;
import io.duijie.contracts.MatchReason;
import io.duijie.contracts.MatchRetracted;
import io.duijie.contracts.PartnerType;
import io.duijie.intake.leads.MatchObserver;
import io.duijie.intake.profiles.ProfileKind;
import io.duijie.intake.profiles.ProfileObserver;
import io.duijie.intake.profiles.ProfileView;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Repository;

/**
 * What the chain views need beyond the profile store and the leads, in Redis:
 * <ul>
 * <li>{@code duijie:intake:chain:clusters}: set of the ids of the current industry
 * clusters (counterparts of kind {@code PARK_INDUSTRY}), kept as a
 * {@link ProfileObserver} (rebuilt with the profile store);</li>
 * <li>{@code duijie:intake:chain:<clusterId>}: hash enterprise id →
 * {@code <epoch ms>|<Candidate JSON>}, the enterprises matching-service proposed for a
 * missing link of that cluster (the link is in the JSON: the scorer names at most one gap
 * per match), kept as a {@link MatchObserver} of the timeline store (rebuilt with the
 * timelines from {@code matches}). A later proposal that names no gap, or a retraction,
 * drops the enterprise; an older event never replaces a newer one.</li>
 * </ul>
 */
@Repository
class ChainIndex implements ProfileObserver, MatchObserver {

	static final String CLUSTERS = "duijie:intake:chain:clusters";

	/**
	 * KEYS[1] the cluster's hash; ARGV[1] enterprise id, ARGV[2] epoch ms, ARGV[3] value
	 * or '' to drop. Keeps the newest event.
	 */
	private static final RedisScript<Long> PUT = new DefaultRedisScript<>("""
			local old = redis.call('HGET', KEYS[1], ARGV[1])
			if old then
			  local at = tonumber(string.sub(old, 1, string.find(old, '|', 1, true) - 1))
			  if at > tonumber(ARGV[2]) then return 0 end
			end
			if ARGV[3] == '' then
			  redis.call('HDEL', KEYS[1], ARGV[1])
			else
			  redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
			end
			return 1
			""", Long.class);

	private final StringRedisTemplate redis;

	private final JsonMapper json;

	ChainIndex(StringRedisTemplate redis, JsonMapper json) {
		this.redis = redis;
		this.json = json;
	}

	/**
	 * An enterprise proposed for a missing link.
	 *
	 * @param link the missing link's name
	 */
	record Candidate(String enterpriseId, String enterpriseName, String link, String matchId, double score,
			java.time.Instant proposedAt) {
	}

	static String key(String clusterId) {
		return "duijie:intake:chain:" + clusterId;
	}

	@Override
	public void saved(ProfileKind kind, ProfileView<?> view) {
		if (kind != ProfileKind.COUNTERPART || !(view.profile() instanceof CounterpartProfile profile)) {
			return;
		}
		if (profile.kind() == CounterpartKind.PARK_INDUSTRY) {
			this.redis.opsForSet().add(CLUSTERS, view.id());
		}
		else {
			this.redis.opsForSet().remove(CLUSTERS, view.id());
		}
	}

	@Override
	public void removed(ProfileKind kind, String id, long version, @Nullable DuijieEvent withdrawal) {
		if (kind == ProfileKind.COUNTERPART) {
			this.redis.opsForSet().remove(CLUSTERS, id);
		}
	}

	@Override
	public void proposed(MatchProposed event) {
		if (event.partnerType() != PartnerType.COUNTERPART || event.partnerKind() != CounterpartKind.PARK_INDUSTRY) {
			return;
		}
		String link = gapLink(event.reasons());
		String value = "";
		if (link != null) {
			value = event.occurredAt().toEpochMilli() + "|"
					+ this.json.writeValueAsString(new Candidate(event.enterpriseId(), event.enterpriseName(), link,
							event.matchId(), event.score(), event.occurredAt()));
		}
		put(event.partnerId(), event.enterpriseId(), event.occurredAt().toEpochMilli(), value);
	}

	@Override
	public void retracted(MatchRetracted event) {
		put(event.partnerId(), event.enterpriseId(), event.occurredAt().toEpochMilli(), "");
	}

	private void put(String clusterId, String enterpriseId, long at, String value) {
		this.redis.execute(PUT, List.of(key(clusterId)), enterpriseId, String.valueOf(at), value);
	}

	/** The current clusters' ids, sorted. */
	Set<String> clusterIds() {
		Set<String> ids = this.redis.opsForSet().members(CLUSTERS);
		return (ids != null) ? new TreeSet<>(ids) : Set.of();
	}

	/** The enterprises proposed for a cluster's missing links. */
	List<Candidate> candidates(String clusterId) {
		Map<Object, Object> entries = this.redis.opsForHash().entries(key(clusterId));
		List<Candidate> candidates = new ArrayList<>();
		for (Object value : entries.values()) {
			String text = value.toString();
			candidates.add(this.json.readValue(text.substring(text.indexOf('|') + 1), Candidate.class));
		}
		return candidates;
	}

	private static final List<String> ZH_GAP = List.of("尚缺的上游环节「", "尚缺的中游环节「", "尚缺的下游环节「");

	/**
	 * The missing link a match's reasons name, or {@code null}. matching-service's
	 * {@code MatchScorer} writes the chain-gap reason as factor {@code chain} with
	 * {@code 补链：企业可填补<cluster>尚缺的<上游|中游|下游>环节「<link>」} (and {@code Fills a gap in
	 * <cluster>'s chain: the <position> link <link> has no resident firm yet}); a
	 * {@code chain} reason starting {@code 强链} strengthens a filled link and names no
	 * gap.
	 */
	static @Nullable String gapLink(List<MatchReason> reasons) {
		for (MatchReason reason : reasons) {
			if (!"chain".equals(reason.factor())) {
				continue;
			}
			String zh = reason.zh();
			if (zh.startsWith("补链") && zh.endsWith("」")) {
				for (String marker : ZH_GAP) {
					int at = zh.indexOf(marker);
					if (at >= 0) {
						return zh.substring(at + marker.length(), zh.length() - 1);
					}
				}
			}
			String en = reason.en();
			String suffix = " has no resident firm yet";
			if (en.startsWith("Fills a gap") && en.endsWith(suffix)) {
				for (String position : List.of("upstream", "midstream", "downstream")) {
					String marker = "'s chain: the " + position + " link ";
					int at = en.indexOf(marker);
					if (at >= 0) {
						return en.substring(at + marker.length(), en.length() - suffix.length());
					}
				}
			}
		}
		return null;
	}

}

package io.duijie.matching.feedback;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.duijie.contracts.MatchAccepted;
import io.duijie.contracts.MatchFeedbackGiven;
import io.duijie.contracts.MatchFeedbackGiven.Decision;
import io.duijie.contracts.MatchFeedbackGiven.Side;
import io.duijie.contracts.Topics;
import io.duijie.matching.matches.DeclinedPairs;
import io.duijie.matching.matches.MatchEventPublisher;
import io.duijie.matching.matches.MatchView;
import io.duijie.matching.matches.Matchmaker;
import io.duijie.platform.replay.RebuildableStore;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Lazy;
import org.springframework.core.annotation.Order;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Each side's latest decision per match ({@code duijie:matching:feedback:<matchId>}, a
 * hash by side) and the partners declined per enterprise
 * ({@code duijie:matching:declined:<enterpriseId>}). A decline by either side retracts
 * the match and keeps the pair out of every later pass; a later accept by the same side
 * lifts its own decline. When both sides' latest decisions are accepts, a
 * {@code MatchAccepted} is published with an id derived from the match, so a replay
 * publishes the same event again, which consumers deduplicate. Rebuilt from the compacted
 * topic before the profile index (so a rebuild never proposes a declined pair again).
 */
@Component
@Order(0)
public class FeedbackLedger implements DeclinedPairs, RebuildableStore {

	private static final Logger logger = LoggerFactory.getLogger(FeedbackLedger.class);

	private static final String MARKER_KEY = "duijie:matching:feedback:rebuilt";

	private final StringRedisTemplate redis;

	private final JsonMapper mapper;

	private final Matchmaker matchmaker;

	private final MatchEventPublisher publisher;

	// @Lazy: the Matchmaker needs this ledger (as DeclinedPairs), so it cannot be built
	// first
	FeedbackLedger(StringRedisTemplate redis, JsonMapper mapper, @Lazy Matchmaker matchmaker,
			MatchEventPublisher publisher) {
		this.redis = redis;
		this.mapper = mapper;
		this.matchmaker = matchmaker;
		this.publisher = publisher;
	}

	@Override
	public Set<String> declinedPartners(String enterpriseId) {
		Set<String> members = this.redis.opsForSet().members(declinedKey(enterpriseId));
		return (members != null) ? members : Set.of();
	}

	/** The latest decision of each side of a match. */
	public Map<Side, MatchFeedbackGiven> decisions(String matchId) {
		Map<Object, Object> entries = this.redis.opsForHash().entries(feedbackKey(matchId));
		EnumMap<Side, MatchFeedbackGiven> decisions = new EnumMap<>(Side.class);
		entries.forEach((side, json) -> decisions.put(Side.valueOf((String) side),
				this.mapper.readValue((String) json, MatchFeedbackGiven.class)));
		return decisions;
	}

	/** Applies a decision from the topic: stores it, then acts on it. */
	void apply(MatchFeedbackGiven feedback, boolean act) {
		store(feedback);
		if (!act) {
			return;
		}
		if (feedback.decision() == Decision.DECLINE) {
			this.matchmaker.declined(feedback.matchId());
			return;
		}
		Map<Side, MatchFeedbackGiven> decisions = decisions(feedback.matchId());
		boolean both = decisions.size() == 2
				&& decisions.values().stream().allMatch((d) -> d.decision() == Decision.ACCEPT);
		if (both) {
			MatchView match = this.matchmaker.match(feedback.matchId());
			this.publisher.publish(List.of(accepted(feedback, match)));
			logger.info("Match {} accepted by both sides: meeting candidate published", feedback.matchId());
		}
	}

	private void store(MatchFeedbackGiven feedback) {
		this.redis.opsForHash()
			.put(feedbackKey(feedback.matchId()), feedback.side().name(), this.mapper.writeValueAsString(feedback));
		Map<Side, MatchFeedbackGiven> decisions = decisions(feedback.matchId());
		boolean declined = decisions.values().stream().anyMatch((d) -> d.decision() == Decision.DECLINE);
		if (declined) {
			this.redis.opsForSet().add(declinedKey(feedback.enterpriseId()), feedback.partnerId());
		}
		else {
			this.redis.opsForSet().remove(declinedKey(feedback.enterpriseId()), feedback.partnerId());
		}
	}

	private static MatchAccepted accepted(MatchFeedbackGiven feedback, @Nullable MatchView match) {
		String eventId = UUID.nameUUIDFromBytes(("accepted:" + feedback.matchId()).getBytes(StandardCharsets.UTF_8))
			.toString();
		if (match == null) {
			return new MatchAccepted(eventId, Instant.now(), feedback.matchId(), feedback.enterpriseId(),
					feedback.enterpriseId(), feedback.partnerId(), feedback.partnerType(), null, feedback.partnerId(),
					null, 0);
		}
		return new MatchAccepted(eventId, Instant.now(), match.matchId(), match.enterpriseId(), match.enterpriseName(),
				match.partnerId(), match.partnerType(), match.partnerKind(), match.partnerName(), match.parkName(),
				match.score());
	}

	@Override
	public String name() {
		return "match-feedback";
	}

	@Override
	public List<String> topics() {
		return List.of(Topics.MATCH_FEEDBACK);
	}

	@Override
	public boolean needsRebuild() {
		return !Boolean.TRUE.equals(this.redis.hasKey(MARKER_KEY));
	}

	@Override
	public void apply(ConsumerRecord<String, Object> record) {
		if (record.value() instanceof MatchFeedbackGiven feedback) {
			apply(feedback, false);
		}
	}

	@Override
	public void rebuilt() {
		this.redis.opsForValue().set(MARKER_KEY, Instant.now().toString());
	}

	static String feedbackKey(String matchId) {
		return "duijie:matching:feedback:" + matchId;
	}

	static String declinedKey(String enterpriseId) {
		return "duijie:matching:declined:" + enterpriseId;
	}

}

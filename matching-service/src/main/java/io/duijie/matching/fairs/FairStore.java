package io.duijie.matching.fairs;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.duijie.platform.replay.RebuildableStore;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Fair state: written on the compacted {@code fairs} topic first ({@link FairJournal}),
 * then, once the broker has it, into Redis, where every read is served from. When Redis
 * lost it (the marker {@code duijie:matching:fairs:rebuilt} is missing), the topic is
 * replayed through the same {@link #apply} at start-up, so Redis holds exactly what the
 * topic holds. See the README's canvas for the keys.
 */
@Component
class FairStore {

	static final String MARKER_KEY = "duijie:matching:fairs:rebuilt";

	static final String FAIRS_KEY = "duijie:matching:fairs";

	static final String CANDIDATES_KEY = "duijie:matching:fair-candidates";

	private final StringRedisTemplate redis;

	private final JsonMapper mapper;

	private final FairJournal journal;

	FairStore(StringRedisTemplate redis, JsonMapper mapper, FairJournal journal) {
		this.redis = redis;
		this.mapper = mapper;
		this.journal = journal;
	}

	/**
	 * A version without its meetings: what the list of versions shows.
	 *
	 * @param number the version
	 * @param status DRAFT or PUBLISHED
	 * @param origin RUN, REVIEW or ROLLBACK
	 * @param basedOn the version it started from
	 * @param createdAt when it was made
	 * @param publishedAt when it was published
	 * @param meetings meetings placed
	 * @param unscheduled requests left out
	 * @param quality the scheduler's report
	 */
	record VersionSummary(int number, ScheduleVersion.Status status, ScheduleVersion.Origin origin,
			@Nullable Integer basedOn, Instant createdAt, @Nullable Instant publishedAt, int meetings, int unscheduled,
			ScheduleVersion.@Nullable Quality quality) {

		static VersionSummary of(ScheduleVersion version) {
			return new VersionSummary(version.number(), version.status(), version.origin(), version.basedOn(),
					version.createdAt(), version.publishedAt(), version.meetings().size(), version.unscheduled().size(),
					version.quality());
		}

	}

	// reads

	Optional<Fair> fair(String fairId) {
		String json = this.redis.opsForValue().get(fairKey(fairId));
		return Optional.ofNullable(json).map((j) -> this.mapper.readValue(j, Fair.class));
	}

	/** Every fair, by date then name. */
	List<Fair> fairs() {
		Set<String> ids = this.redis.opsForSet().members(FAIRS_KEY);
		if (ids == null || ids.isEmpty()) {
			return List.of();
		}
		List<String> keys = ids.stream().map(FairStore::fairKey).toList();
		List<String> values = this.redis.opsForValue().multiGet(keys);
		List<Fair> fairs = new ArrayList<>();
		if (values != null) {
			values.stream().filter((v) -> v != null).forEach((v) -> fairs.add(this.mapper.readValue(v, Fair.class)));
		}
		fairs.sort(Comparator.comparing(Fair::date).thenComparing(Fair::name).thenComparing(Fair::id));
		return fairs;
	}

	/** The participants by id, in the order they registered. */
	Map<String, FairParticipant> participants(String fairId) {
		List<FairParticipant> all = values(fairKey(fairId) + ":participants", FairParticipant.class);
		all.sort(Comparator.comparing(FairParticipant::registeredAt).thenComparing(FairParticipant::id));
		Map<String, FairParticipant> byId = new LinkedHashMap<>();
		all.forEach((p) -> byId.put(p.id(), p));
		return byId;
	}

	/** The requests by id, in the order they were made. */
	Map<String, MeetingRequest> requests(String fairId) {
		List<MeetingRequest> all = values(fairKey(fairId) + ":requests", MeetingRequest.class);
		all.sort(Comparator.comparing(MeetingRequest::createdAt).thenComparing(MeetingRequest::id));
		Map<String, MeetingRequest> byId = new LinkedHashMap<>();
		all.forEach((r) -> byId.put(r.id(), r));
		return byId;
	}

	Optional<ScheduleVersion> version(String fairId, int number) {
		Object json = this.redis.opsForHash().get(fairKey(fairId) + ":versions", String.valueOf(number));
		return Optional.ofNullable(json).map((j) -> this.mapper.readValue((String) j, ScheduleVersion.class));
	}

	/** Every version's summary, oldest first. */
	List<VersionSummary> versions(String fairId) {
		List<VersionSummary> all = values(fairKey(fairId) + ":version-summaries", VersionSummary.class);
		all.sort(Comparator.comparingInt(VersionSummary::number));
		return all;
	}

	/** The latest version, draft or published. */
	Optional<ScheduleVersion> latest(String fairId) {
		List<VersionSummary> all = versions(fairId);
		return all.isEmpty() ? Optional.empty() : version(fairId, all.get(all.size() - 1).number());
	}

	/** The version in force: the latest published one. */
	Optional<ScheduleVersion> inForce(String fairId) {
		List<VersionSummary> all = versions(fairId);
		for (int i = all.size() - 1; i >= 0; i--) {
			if (all.get(i).status() == ScheduleVersion.Status.PUBLISHED) {
				return version(fairId, all.get(i).number());
			}
		}
		return Optional.empty();
	}

	/** What participants were last told about each meeting, by meeting id. */
	Map<String, PublishedMeeting> published(String fairId) {
		Map<String, PublishedMeeting> byId = new LinkedHashMap<>();
		values(fairKey(fairId) + ":published", PublishedMeeting.class)
			.forEach((m) -> byId.put(m.meeting().meetingId(), m));
		return byId;
	}

	Map<String, Attendance> attendance(String fairId) {
		Map<String, Attendance> byId = new LinkedHashMap<>();
		values(fairKey(fairId) + ":attendance", Attendance.class).forEach((a) -> byId.put(a.meetingId(), a));
		return byId;
	}

	/** The accepted matches a participant (by its Duijie id) is a side of. */
	List<AcceptedMatch> candidates(String participantId) {
		Set<String> matchIds = this.redis.opsForSet().members(candidatesKey(participantId));
		if (matchIds == null || matchIds.isEmpty()) {
			return List.of();
		}
		List<Object> values = this.redis.opsForHash().multiGet(CANDIDATES_KEY, new ArrayList<>(matchIds));
		return values.stream()
			.filter((v) -> v != null)
			.map((v) -> this.mapper.readValue((String) v, AcceptedMatch.class))
			.sorted(Comparator.comparing(AcceptedMatch::matchId))
			.toList();
	}

	private <T> List<T> values(String hashKey, Class<T> type) {
		List<Object> values = this.redis.opsForHash().values(hashKey);
		List<T> all = new ArrayList<>(values.size());
		values.forEach((v) -> all.add(this.mapper.readValue((String) v, type)));
		return all;
	}

	// writes

	/** A set of writes, made together: on the topic first, then in Redis. */
	Changes changes() {
		return new Changes();
	}

	final class Changes {

		private final List<FairJournal.Entry> entries = new ArrayList<>();

		Changes fair(Fair fair) {
			return put(fair.id(), fair);
		}

		Changes participant(String fairId, FairParticipant participant) {
			return put(fairId + "/participant/" + participant.id(), participant);
		}

		Changes participantLeft(String fairId, String participantId) {
			return remove(fairId + "/participant/" + participantId);
		}

		Changes request(String fairId, MeetingRequest request) {
			return put(fairId + "/request/" + request.id(), request);
		}

		Changes requestWithdrawn(String fairId, String requestId) {
			return remove(fairId + "/request/" + requestId);
		}

		Changes version(String fairId, ScheduleVersion version) {
			return put(fairId + "/version/" + version.number(), version);
		}

		Changes published(String fairId, PublishedMeeting meeting) {
			return put(fairId + "/meeting/" + meeting.meeting().meetingId(), meeting);
		}

		Changes attendance(String fairId, Attendance attendance) {
			return put(fairId + "/attendance/" + attendance.meetingId(), attendance);
		}

		Changes candidate(AcceptedMatch match) {
			return put("candidate/" + match.matchId(), match);
		}

		boolean isEmpty() {
			return this.entries.isEmpty();
		}

		private Changes put(String key, Object value) {
			this.entries.add(new FairJournal.Entry(key, FairStore.this.mapper.writeValueAsBytes(value)));
			return this;
		}

		private Changes remove(String key) {
			this.entries.add(new FairJournal.Entry(key, null));
			return this;
		}

		/** Writes on the topic, waits for the broker, then applies to Redis. */
		void commit() {
			FairStore.this.journal.write(this.entries);
			this.entries.forEach((entry) -> apply(entry.key(), entry.json()));
		}

	}

	/**
	 * Applies one record of the journal to Redis: idempotent, the same for a live write
	 * and a replay.
	 */
	void apply(String key, byte @Nullable [] value) {
		String json = (value != null) ? new String(value, StandardCharsets.UTF_8) : null;
		if (key.startsWith("candidate/")) {
			if (json != null) {
				AcceptedMatch match = this.mapper.readValue(json, AcceptedMatch.class);
				this.redis.opsForHash().put(CANDIDATES_KEY, match.matchId(), json);
				this.redis.opsForSet().add(candidatesKey(match.enterpriseId()), match.matchId());
				this.redis.opsForSet().add(candidatesKey(match.partnerId()), match.matchId());
			}
			return;
		}
		String[] parts = key.split("/", 3);
		String fairId = parts[0];
		if (parts.length == 1) {
			if (json != null) {
				this.redis.opsForValue().set(fairKey(fairId), json);
				this.redis.opsForSet().add(FAIRS_KEY, fairId);
			}
			return;
		}
		if (parts.length != 3) {
			return;
		}
		String id = parts[2];
		String hash = switch (parts[1]) {
			case "participant" -> fairKey(fairId) + ":participants";
			case "request" -> fairKey(fairId) + ":requests";
			case "version" -> fairKey(fairId) + ":versions";
			case "meeting" -> fairKey(fairId) + ":published";
			case "attendance" -> fairKey(fairId) + ":attendance";
			default -> null;
		};
		if (hash == null) {
			return;
		}
		if (json == null) {
			this.redis.opsForHash().delete(hash, id);
			return;
		}
		this.redis.opsForHash().put(hash, id, json);
		if (parts[1].equals("version")) {
			VersionSummary summary = VersionSummary.of(this.mapper.readValue(json, ScheduleVersion.class));
			this.redis.opsForHash()
				.put(fairKey(fairId) + ":version-summaries", id, this.mapper.writeValueAsString(summary));
		}
	}

	/**
	 * The store as the platform's rebuilder sees it, replaying the {@code fairs} topic.
	 */
	RebuildableStore rebuildable() {
		return new RebuildableStore() {

			@Override
			public String name() {
				return "fairs";
			}

			@Override
			public List<String> topics() {
				return List.of(FairJournal.TOPIC);
			}

			@Override
			public boolean needsRebuild() {
				return !Boolean.TRUE.equals(FairStore.this.redis.hasKey(MARKER_KEY));
			}

			@Override
			public void apply(ConsumerRecord<String, Object> record) {
				FairStore.this.apply(record.key(), (record.value() instanceof byte[] bytes) ? bytes : null);
			}

			@Override
			public void rebuilt() {
				FairStore.this.redis.opsForValue().set(MARKER_KEY, Instant.now().toString());
			}

		};
	}

	static String fairKey(String fairId) {
		return "duijie:matching:fair:" + fairId;
	}

	static String candidatesKey(String participantId) {
		return CANDIDATES_KEY + ":" + participantId;
	}

}

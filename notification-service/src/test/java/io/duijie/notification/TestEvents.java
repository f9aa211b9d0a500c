package io.duijie.notification;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.duijie.contracts.CloudEventHeaders;
import io.duijie.contracts.Contact;
import io.duijie.contracts.CounterpartKind;
import io.duijie.contracts.DuijieEvent;
import io.duijie.contracts.EnterpriseProfile;
import io.duijie.contracts.EnterpriseProfileSubmitted;
import io.duijie.contracts.EnterpriseSize;
import io.duijie.contracts.EventType;
import io.duijie.contracts.IdentityType;
import io.duijie.contracts.MatchAccepted;
import io.duijie.contracts.MatchEvent;
import io.duijie.contracts.Meeting;
import io.duijie.contracts.MeetingCancelled;
import io.duijie.contracts.MeetingMoved;
import io.duijie.contracts.MeetingParticipant;
import io.duijie.contracts.MeetingScheduled;
import io.duijie.contracts.MatchProposed;
import io.duijie.contracts.MatchReason;
import io.duijie.contracts.MatchRetracted;
import io.duijie.contracts.Needs;
import io.duijie.contracts.PartnerType;
import io.duijie.contracts.Region;
import io.duijie.contracts.Stage;
import io.duijie.contracts.EventSchemas;
import io.duijie.testsupport.KafkaProbe;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Events as other services write them: CloudEvents binary mode, Jackson 3 JSON, sent with
 * {@link KafkaProbe}. Each test makes its own ids ({@link #unique}) since all tests share
 * one broker and one Redis.
 */
final class TestEvents {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private TestEvents() {
	}

	static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	static EnterpriseProfileSubmitted enterprise(String enterpriseId, long version, @Nullable String email,
			@Nullable String ownerStaffId) {
		EnterpriseProfile profile = new EnterpriseProfile("佛山市南海区华信铝型材有限公司", "Huaxin Aluminium", "91440605MA4UH8K2XW",
				IdentityType.USCC, new Region("440605", "佛山市南海区"), List.of("C3252"), "铝型材挤压与表面处理", Stage.GROWTH,
				List.of("专精特新"), new Needs(20_000L, null, null, List.of(), null, null),
				new Contact("陈志强", "+86 757 8628 8000", email), ownerStaffId, EnterpriseSize.MEDIUM);
		return new EnterpriseProfileSubmitted(UUID.randomUUID().toString(), Instant.now(), enterpriseId, version,
				profile);
	}

	static MatchProposed match(String enterpriseId, String partnerId, long enterpriseVersion, long partnerVersion,
			@Nullable String ownerStaffId) {
		return new MatchProposed(UUID.randomUUID().toString(), Instant.now(),
				MatchEvent.matchId(enterpriseId, partnerId), MatchProposed.revision(enterpriseVersion, partnerVersion),
				enterpriseId, enterpriseVersion, "佛山市南海区华信铝型材有限公司", ownerStaffId, partnerId, PartnerType.COUNTERPART,
				CounterpartKind.PARK_INDUSTRY, partnerVersion, "清远高新区新材料产业集群", "清远高新区", 0.87,
				List.of(new MatchReason("industry-code", 0.5, "行业代码 C3252 铝压延加工 与园区主导产业一致",
						"Industry code C3252 (aluminium rolling) fits the park's lead industry"),
						new MatchReason("region", 0.37, "佛山至清远一小时车程，便于产业转移",
								"Foshan is an hour from Qingyuan, easing relocation")));
	}

	/**
	 * The same match revision as another event, as a redelivery or replay would carry it:
	 * a new event id.
	 */
	static MatchProposed again(MatchProposed match) {
		return new MatchProposed(UUID.randomUUID().toString(), Instant.now(), match.matchId(), match.revision(),
				match.enterpriseId(), match.enterpriseVersion(), match.enterpriseName(), match.ownerStaffId(),
				match.partnerId(), match.partnerType(), match.partnerKind(), match.partnerVersion(),
				match.partnerName(), match.parkName(), match.score(), match.reasons());
	}

	static MatchRetracted retracted(MatchProposed match) {
		return retracted(match, MatchRetracted.RetractionReason.PARTNER_WITHDRAWN);
	}

	static MatchRetracted retracted(MatchProposed match, MatchRetracted.RetractionReason reason) {
		return new MatchRetracted(UUID.randomUUID().toString(), Instant.now(), match.matchId(), match.enterpriseId(),
				match.partnerId(), reason);
	}

	/**
	 * Sends an event to its topic as a CloudEvents binary-mode record, after checking it
	 * against its schema.
	 */
	static void send(DuijieEvent event) {
		EventType type = EventType.of(event);
		byte[] json = JSON.writeValueAsBytes(event);
		EventSchemas.assertValid(type.type(), json);
		KafkaProbe.send(type.topic(), event.key(),
				Map.of(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0, CloudEventHeaders.ID,
						event.eventId(), CloudEventHeaders.TYPE, type.type(), CloudEventHeaders.SOURCE, "/duijie/test",
						CloudEventHeaders.TIME, event.occurredAt().toString(), CloudEventHeaders.SUBJECT, event.key(),
						CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.APPLICATION_JSON),
				json);
	}

	static MatchAccepted accepted(MatchProposed match) {
		return new MatchAccepted(UUID.randomUUID().toString(), Instant.now(), match.matchId(), match.enterpriseId(),
				match.enterpriseName(), match.partnerId(), match.partnerType(), match.partnerKind(),
				match.partnerName(), match.parkName(), match.score());
	}

	/**
	 * A meeting of an enterprise and a park at the Foshan fair, 10:00-10:30 Beijing time
	 * plus {@code hoursLater}.
	 */
	static Meeting meeting(String meetingId, String enterpriseId, String parkId, @Nullable String staffId, int sequence,
			int hoursLater) {
		Instant start = Instant.parse("2030-06-20T02:00:00Z").plusSeconds(3600L * hoursLater);
		return new Meeting(meetingId, "fair-2030-foshan", "2030 清远高新区（佛山）产业对接会", "潭州国际会展中心 3 号馆", "A-12", start,
				start.plusSeconds(1800), sequence,
				List.of(new MeetingParticipant(enterpriseId, MeetingParticipant.ENTERPRISE, "佛山市南海区华信铝型材有限公司", staffId),
						new MeetingParticipant(parkId, MeetingParticipant.PARK, "清远高新区", null)),
				null);
	}

	static MeetingScheduled scheduled(Meeting meeting) {
		return new MeetingScheduled(UUID.randomUUID().toString(), Instant.now(), meeting);
	}

	static MeetingMoved moved(Meeting meeting, Instant previousStart) {
		return new MeetingMoved(UUID.randomUUID().toString(), Instant.now(), meeting, previousStart);
	}

	static MeetingCancelled cancelled(Meeting meeting, @Nullable String reason) {
		return new MeetingCancelled(UUID.randomUUID().toString(), Instant.now(), meeting, reason);
	}

	static String text(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

}

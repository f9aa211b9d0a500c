package io.duijie.intake.leads;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.duijie.contracts.DuijieEvent;
import io.duijie.contracts.EventType;
import io.duijie.contracts.LeadAmountRecorded;
import io.duijie.contracts.LeadEvent;
import io.duijie.contracts.LeadHandedOver;
import io.duijie.contracts.LeadRegistered;
import io.duijie.contracts.LeadStage;
import io.duijie.contracts.LeadStageChanged;
import io.duijie.contracts.MatchFeedbackGiven;
import io.duijie.contracts.MatchProposed;
import io.duijie.contracts.MatchRetracted;
import io.duijie.contracts.Meeting;
import io.duijie.contracts.MeetingCancelled;
import io.duijie.contracts.MeetingCheckedIn;
import io.duijie.contracts.MeetingOutcomeRecorded;
import io.duijie.contracts.MeetingEvent;
import io.duijie.contracts.MeetingMoved;
import io.duijie.contracts.MeetingParticipant;
import org.jspecify.annotations.Nullable;

/**
 * Turns events into timeline entries with a one-line summary in Chinese and English. Pure
 * functions: the same event always gives the same entry.
 */
final class TimelineEntries {

	private static final DateTimeFormatter BEIJING = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
		.withZone(ZoneId.of("Asia/Shanghai"));

	private TimelineEntries() {
	}

	static String zh(LeadStage stage) {
		return switch (stage) {
			case LEAD -> "线索";
			case CONTACTED -> "接洽";
			case NEGOTIATING -> "在谈";
			case SIGNED -> "签约";
			case STARTED -> "开工";
			case PRODUCING -> "投产";
			case LOST -> "流失";
		};
	}

	static TimelineEntry of(LeadEvent event) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("leadId", event.leadId());
		details.put("by", event.by());
		put(details, "note", event.note());
		String zh;
		String en;
		if (event instanceof LeadRegistered registered) {
			details.put("source", registered.source().name());
			details.put("owner", registered.owner());
			put(details, "fairId", registered.fairId());
			put(details, "matchId", registered.matchId());
			zh = "登记线索（来源 " + registered.source().name() + "），跟进人 " + registered.owner();
			en = "Lead registered (source " + registered.source().name() + "), owner " + registered.owner();
		}
		else if (event instanceof LeadStageChanged changed) {
			details.put("from", changed.from().name());
			details.put("to", changed.to().name());
			zh = "阶段：" + zh(changed.from()) + " → " + zh(changed.to());
			en = "Stage: " + changed.from().name() + " → " + changed.to().name();
		}
		else if (event instanceof LeadAmountRecorded amount) {
			details.put("kind", amount.kind().name());
			details.put("amountCny", amount.amountCny());
			boolean contracted = amount.kind() == LeadAmountRecorded.AmountKind.CONTRACTED;
			zh = (contracted ? "签约额 " : "到资 ") + amount.amountCny() + " 元";
			en = (contracted ? "Contracted " : "Capital arrived: ") + "CNY " + amount.amountCny();
		}
		else {
			LeadHandedOver handedOver = (LeadHandedOver) event;
			details.put("from", handedOver.from());
			details.put("to", handedOver.to());
			zh = "移交：" + handedOver.from() + " → " + handedOver.to();
			en = "Handed over: " + handedOver.from() + " → " + handedOver.to();
		}
		return entry(event, event.at(), zh, en, details);
	}

	static TimelineEntry of(MatchProposed event) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("matchId", event.matchId());
		details.put("partnerId", event.partnerId());
		details.put("partnerName", event.partnerName());
		put(details, "parkName", event.parkName());
		details.put("score", event.score());
		String park = (event.parkName() != null) ? "（" + event.parkName() + "）" : "";
		String score = String.format(Locale.ROOT, "%.2f", event.score());
		return entry(event, event.occurredAt(), "匹配：" + event.partnerName() + park + "，得分 " + score,
				"Matched with " + event.partnerName()
						+ ((event.parkName() != null) ? " (" + event.parkName() + ")" : "") + ", score " + score,
				details);
	}

	static TimelineEntry of(MatchRetracted event) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("matchId", event.matchId());
		details.put("partnerId", event.partnerId());
		details.put("reason", event.reason().name());
		return entry(event, event.occurredAt(), "匹配撤回（" + event.reason().name() + "）",
				"Match retracted (" + event.reason().name() + ")", details);
	}

	static TimelineEntry of(MatchFeedbackGiven event) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("matchId", event.matchId());
		details.put("partnerId", event.partnerId());
		details.put("side", event.side().name());
		details.put("decision", event.decision().name());
		put(details, "reason", event.reason());
		put(details, "by", event.by());
		boolean accept = event.decision() == MatchFeedbackGiven.Decision.ACCEPT;
		String sideZh = (event.side() == MatchFeedbackGiven.Side.ENTERPRISE) ? "企业方" : "合作方";
		String sideEn = (event.side() == MatchFeedbackGiven.Side.ENTERPRISE) ? "The enterprise" : "The partner";
		String reason = (event.reason() != null) ? "：" + event.reason() : "";
		return entry(event, event.occurredAt(), sideZh + (accept ? "愿意对接" : "不感兴趣") + reason,
				sideEn + (accept ? " accepted" : " declined") + " the match"
						+ ((event.reason() != null) ? ": " + event.reason() : ""),
				details);
	}

	/** An entry of a meeting event, for the timeline of {@code enterpriseId}. */
	static TimelineEntry of(MeetingEvent event, String enterpriseId) {
		Meeting meeting = event.meeting();
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("meetingId", meeting.meetingId());
		details.put("fairId", meeting.fairId());
		details.put("fairName", meeting.fairName());
		details.put("start", meeting.start().toString());
		put(details, "venue", meeting.venue());
		put(details, "table", meeting.table());
		put(details, "matchId", meeting.matchId());
		String others = String.join("、", others(meeting.participants(), enterpriseId));
		details.put("with", others);
		String when = BEIJING.format(meeting.start());
		String zh;
		String en;
		if (event instanceof MeetingMoved) {
			zh = meeting.fairName() + "：与 " + others + " 的洽谈改至 " + when;
			en = meeting.fairName() + ": meeting with " + others + " moved to " + when + " (Beijing)";
		}
		else if (event instanceof MeetingCancelled cancelled) {
			put(details, "reason", cancelled.reason());
			zh = meeting.fairName() + "：与 " + others + " 的洽谈已取消";
			en = meeting.fairName() + ": meeting with " + others + " cancelled";
		}
		else {
			zh = meeting.fairName() + "：与 " + others + " 洽谈，" + when;
			en = meeting.fairName() + ": meeting with " + others + " at " + when + " (Beijing)";
		}
		return entry(event, event.occurredAt(), zh, en, details);
	}

	/**
	 * An entry of a meeting's check-in or outcome, for the timeline of
	 * {@code enterpriseId}.
	 */
	static TimelineEntry of(MeetingCheckedIn event, String enterpriseId) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("meetingId", event.meetingId());
		details.put("fairId", event.fairId());
		details.put("fairName", event.fairName());
		details.put("status", event.status().name());
		put(details, "by", event.by());
		String others = String.join("、", others(event.participants(), enterpriseId));
		details.put("with", others);
		boolean held = event.status() == MeetingCheckedIn.Status.HELD;
		return entry(event, event.occurredAt(), event.fairName() + "：与 " + others + (held ? " 的洽谈已举行" : " 的洽谈未到场"),
				event.fairName() + ": meeting with " + others + (held ? " held" : " was a no-show"), details);
	}

	static TimelineEntry of(MeetingOutcomeRecorded event, String enterpriseId) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("meetingId", event.meetingId());
		details.put("fairId", event.fairId());
		details.put("fairName", event.fairName());
		details.put("intent", event.intent().name());
		put(details, "matchId", event.matchId());
		put(details, "nextStep", event.nextStep());
		put(details, "by", event.by());
		String others = String.join("、", others(event.participants(), enterpriseId));
		details.put("with", others);
		String intentZh = switch (event.intent()) {
			case HIGH -> "强";
			case MEDIUM -> "中";
			case LOW -> "弱";
			case NONE -> "无";
		};
		String next = (event.nextStep() != null) ? "；下一步：" + event.nextStep() : "";
		return entry(event, event.occurredAt(), event.fairName() + "：与 " + others + " 洽谈结果，意向" + intentZh + next,
				event.fairName() + ": outcome of the meeting with " + others + ", intent " + event.intent().name()
						+ ((event.nextStep() != null) ? "; next: " + event.nextStep() : ""),
				details);
	}

	static List<String> enterprises(Meeting meeting) {
		return enterprises(meeting.participants());
	}

	static List<String> enterprises(List<MeetingParticipant> participants) {
		return participants.stream()
			.filter((p) -> MeetingParticipant.ENTERPRISE.equals(p.kind()))
			.map(MeetingParticipant::id)
			.toList();
	}

	static List<String> others(List<MeetingParticipant> participants, String id) {
		return participants.stream().filter((p) -> !p.id().equals(id)).map(MeetingParticipant::name).toList();
	}

	static TimelineEntry entry(DuijieEvent event, Instant at, String zh, String en, Map<String, Object> details) {
		EventType type = EventType.of(event);
		return new TimelineEntry(event.eventId(), at, type.type(), type.topic(), zh, en, details);
	}

	static void put(Map<String, Object> details, String name, @Nullable Object value) {
		if (value != null) {
			details.put(name, value);
		}
	}

}

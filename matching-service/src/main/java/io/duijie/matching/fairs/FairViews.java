package io.duijie.matching.fairs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.duijie.contracts.Meeting;
import io.duijie.matching.fairs.ScheduleVersion.Booking;
import io.duijie.matching.fairs.ScheduleVersion.Left;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** What the fairs API answers. */
final class FairViews {

	private FairViews() {
	}

	@Schema(name = "Fair", description = "A matchmaking fair (对接会) with its slots")
	record FairView(String id, String name, @Nullable String venue, LocalDate date, String timeZone,
			List<Fair.Session> sessions, int meetingMinutes, int breakMinutes, List<Fair.FairTable> tables,
			List<Fair.GroupRule> groupRules, Fair.Status status, Instant createdAt, List<SlotView> slots) {

		static FairView of(Fair fair) {
			return new FairView(fair.id(), fair.name(), fair.venue(), fair.date(), fair.timeZone(), fair.sessions(),
					fair.meetingMinutes(), fair.breakMinutes(), fair.tables(), fair.groupRules(), fair.status(),
					fair.createdAt(), fair.slots().stream().map(SlotView::of).toList());
		}

	}

	/**
	 * A time slot.
	 *
	 * @param index its number (what moves name)
	 * @param session its session's name
	 * @param start local start
	 * @param end local end
	 * @param startsAt start instant
	 * @param endsAt end instant
	 */
	record SlotView(int index, String session, @JsonFormat(pattern = "HH:mm") LocalTime start,
			@JsonFormat(pattern = "HH:mm") LocalTime end, Instant startsAt, Instant endsAt) {

		static SlotView of(Fair.Slot slot) {
			return new SlotView(slot.index(), slot.sessionName(), slot.localStart(), slot.localEnd(), slot.start(),
					slot.end());
		}

	}

	/**
	 * One side of a meeting.
	 *
	 * @param id the participant's id
	 * @param kind its kind, or {@code null} once it left
	 * @param name its name (its id once it left)
	 */
	record Side(String id, @Nullable String kind, String name) {
	}

	@Schema(name = "ScheduledMeeting", description = "A meeting of a schedule version")
	record MeetingView(String meetingId, int slot, Instant start, Instant end, String tableId, String tableName,
			List<Side> participants, MeetingRequest.@Nullable Strength strength, MeetingRequest.@Nullable Source source,
			@Nullable String matchId, @Nullable String note, boolean locked, int sequence,
			Attendance.@Nullable CheckIn checkIn, Attendance.@Nullable Outcome outcome) {
	}

	@Schema(name = "UnscheduledRequest", description = "A request a schedule version leaves out, and why")
	record UnscheduledView(String meetingId, List<Side> participants, MeetingRequest.@Nullable Strength strength,
			String cause, @Nullable String participantId, String reason) {
	}

	@Schema(name = "Schedule", description = "One version of a fair's schedule")
	record ScheduleView(String fairId, int version, ScheduleVersion.Status status, ScheduleVersion.Origin origin,
			@Nullable Integer basedOn, Instant createdAt, @Nullable Instant publishedAt,
			@Schema(description = "The version in force (the latest published), or null") @Nullable Integer inForce,
			ScheduleVersion.@Nullable Quality quality, List<MeetingView> meetings, List<UnscheduledView> unscheduled) {
	}

	@Schema(name = "Publication", description = "A published version and the meeting events it took")
	record PublicationView(ScheduleView schedule, int scheduled, int moved, int cancelled) {
	}

	/** Everything a schedule view is made of. */
	record Context(Fair fair, Map<String, FairParticipant> participants, Map<String, MeetingRequest> requests,
			Map<String, PublishedMeeting> told, Map<String, Attendance> attendance, @Nullable Integer inForce) {
	}

	static ScheduleView schedule(Context context, ScheduleVersion version, boolean zh) {
		Fair fair = context.fair();
		List<Fair.Slot> slots = fair.slots();
		List<MeetingView> meetings = new ArrayList<>();
		List<Booking> sorted = new ArrayList<>(version.meetings());
		sorted.sort((x, y) -> (x.slot() != y.slot()) ? Integer.compare(x.slot(), y.slot())
				: x.tableId().compareTo(y.tableId()));
		for (Booking booking : sorted) {
			MeetingRequest request = context.requests().get(booking.meetingId());
			Fair.Slot slot = slots.get(booking.slot());
			Fair.FairTable table = fair.table(booking.tableId());
			int sequence = booking.sequence();
			if (!version.published()) {
				Meeting meeting = Fairs.meeting(fair, context.participants(), context.requests(), booking, 0);
				sequence = MeetingChanges.sequence(context.told(), meeting);
			}
			Attendance attendance = context.attendance().get(booking.meetingId());
			meetings.add(new MeetingView(booking.meetingId(), booking.slot(), slot.start(), slot.end(),
					booking.tableId(), (table != null) ? table.name() : booking.tableId(),
					sides(context, request, booking.meetingId()), (request != null) ? request.strength() : null,
					(request != null) ? request.source() : null, (request != null) ? request.matchId() : null,
					(request != null) ? request.note() : null, booking.locked(), sequence,
					(attendance != null) ? attendance.checkIn() : null,
					(attendance != null) ? attendance.outcome() : null));
		}
		List<UnscheduledView> unscheduled = new ArrayList<>();
		for (Left left : version.unscheduled()) {
			MeetingRequest request = context.requests().get(left.meetingId());
			FairParticipant concerned = context.participants().get(left.participantId());
			String name = (concerned != null) ? concerned.name() : left.participantId();
			unscheduled.add(new UnscheduledView(left.meetingId(), sides(context, request, left.meetingId()),
					(request != null) ? request.strength() : null, left.cause(),
					left.participantId().isEmpty() ? null : left.participantId(), reason(left.cause(), name, zh)));
		}
		return new ScheduleView(fair.id(), version.number(), version.status(), version.origin(), version.basedOn(),
				version.createdAt(), version.publishedAt(), context.inForce(), version.quality(), meetings,
				unscheduled);
	}

	private static List<Side> sides(Context context, @Nullable MeetingRequest request, String meetingId) {
		List<String> ids = new ArrayList<>();
		if (request != null) {
			ids.addAll(List.of(request.from(), request.to()));
		}
		else {
			PublishedMeeting told = context.told().get(meetingId);
			if (told != null) {
				told.meeting().participants().forEach((p) -> ids.add(p.id()));
			}
		}
		return ids.stream().map((id) -> {
			FairParticipant p = context.participants().get(id);
			return (p != null) ? new Side(id, p.kind().name(), p.name()) : new Side(id, null, id);
		}).toList();
	}

	/** Why a request was left out, in Chinese or English. */
	static String reason(String cause, String participant, boolean zh) {
		String who = participant.isEmpty() ? "" : participant;
		return switch (cause) {
			case "UNKNOWN_PARTICIPANT" -> zh ? "有参会方不在本次对接会" : "A participant is not part of the fair";
			case "RULE" -> zh ? "对接规则不允许这两类参会方会面" : "The fair's rules do not let these groups meet";
			case "NO_COMMON_SLOT" -> zh ? "双方没有共同的可参会时段" : "The two participants share no available slot";
			case "NO_TABLE" -> zh ? "没有洽谈桌提供所需的语言或翻译" : "No table offers the language the meeting needs";
			case "CAPACITY" -> zh ? (who.isEmpty() ? "有参会方" : who) + "的洽谈场次已被更优先的洽谈占满"
					: (who.isEmpty() ? "A participant" : who) + " has no meetings left: weightier ones took them";
			case "BUSY" -> zh ? "双方共同的时段都已被其他洽谈占用，或没有空闲的洽谈桌"
					: "Every common slot is taken by other meetings of the two, or has no free table";
			case Left.ORGANISER -> zh ? "组织方已将其移出日程" : "An organiser took it off the schedule";
			case Left.WITHDRAWN -> zh ? "洽谈需求已撤回或被婉拒" : "The request was withdrawn or declined";
			case Left.PARTICIPANT_LEFT -> zh ? "有参会方已退出" : "A participant left the fair";
			case Left.CONFLICT -> zh ? "与当前参会安排冲突，无法恢复" : "It conflicts with the current arrangements";
			default -> cause;
		};
	}

}

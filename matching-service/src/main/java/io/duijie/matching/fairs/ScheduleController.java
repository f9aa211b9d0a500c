package io.duijie.matching.fairs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.duijie.matching.fairs.FairProblems.FieldError;
import io.duijie.matching.fairs.FairProblems.InvalidInput;
import io.duijie.matching.fairs.FairViews.PublicationView;
import io.duijie.matching.fairs.FairViews.ScheduleView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/fairs/{fairId}/schedule}: run the scheduler (a new draft version), review
 * the latest version (lock, move, unschedule single meetings), publish it (the meeting
 * events of the difference with what participants were last told), roll back to an
 * earlier published version, and record check-ins and outcomes on the day. Every version
 * is kept. Reasons of unscheduled requests are rendered in Chinese or English by
 * {@code Accept-Language}.
 */
@RestController
@RequestMapping("/api/fairs/{fairId}/schedule")
@Tag(name = "fair schedules", description = "Schedules of matchmaking fairs: run, review, publish, roll back")
class ScheduleController {

	private final Fairs fairs;

	ScheduleController(Fairs fairs) {
		this.fairs = fairs;
	}

	@PostMapping
	@Operation(summary = "Run the scheduler (排程): a new draft version",
			description = "Locked meetings of the latest version are kept; its other meetings are moved as little as "
					+ "possible. The answer carries the scheduler's quality report and every request left out with "
					+ "its cause.")
	ResponseEntity<ScheduleView> run(@PathVariable String fairId, Locale locale) {
		ScheduleVersion version = this.fairs.run(fairId);
		return ResponseEntity.status(HttpStatus.CREATED).body(view(fairId, version, locale));
	}

	@GetMapping
	@Operation(summary = "The latest version (draft or published), with check-ins and outcomes")
	ScheduleView current(@PathVariable String fairId, Locale locale) {
		ScheduleVersion version = this.fairs.latest(fairId)
			.orElseThrow(() -> new FairProblems.NotFound("日程", "schedule", fairId));
		return view(fairId, version, locale);
	}

	@GetMapping("/versions")
	@Operation(summary = "Every version, oldest first (without meetings)")
	List<FairStore.VersionSummary> versions(@PathVariable String fairId) {
		return this.fairs.versions(fairId);
	}

	@GetMapping("/versions/{number}")
	@Operation(summary = "One version")
	ScheduleView version(@PathVariable String fairId, @PathVariable int number, Locale locale) {
		return view(fairId, this.fairs.version(fairId, number), locale);
	}

	@PostMapping("/meetings/{meetingId}/lock")
	@Operation(summary = "Lock a meeting: re-solves keep it where it is")
	ScheduleView lock(@PathVariable String fairId, @PathVariable String meetingId, Locale locale) {
		return view(fairId, this.fairs.lock(fairId, meetingId, true), locale);
	}

	@PostMapping("/meetings/{meetingId}/unlock")
	@Operation(summary = "Unlock a meeting")
	ScheduleView unlock(@PathVariable String fairId, @PathVariable String meetingId, Locale locale) {
		return view(fairId, this.fairs.lock(fairId, meetingId, false), locale);
	}

	@PostMapping("/meetings/{meetingId}/move")
	@Operation(summary = "Move a meeting to a slot and a table (or place a request left out)",
			description = "409 meeting-move-refused with the reason (TABLE_TAKEN, PARTICIPANT_BUSY, UNAVAILABLE, "
					+ "LANGUAGE, RULE, CAPACITY, REQUEST_INACTIVE) when a constraint forbids it. On a published "
					+ "version, the change makes a new draft.")
	ScheduleView move(@PathVariable String fairId, @PathVariable String meetingId, @RequestBody MoveForm form,
			Locale locale) {
		List<FieldError> errors = new ArrayList<>();
		Forms.range(errors, "slot", form.slot(), 0, Integer.MAX_VALUE, true);
		Forms.required(errors, "tableId", form.tableId(), 100);
		if (!errors.isEmpty()) {
			throw new InvalidInput("调整", "move", errors);
		}
		return view(fairId, this.fairs.move(fairId, meetingId, form.slot(), form.tableId()), locale);
	}

	@PostMapping("/meetings/{meetingId}/unschedule")
	@Operation(summary = "Take a meeting off the schedule (a re-solve may place it again; withdraw the request to "
			+ "drop it for good)")
	ScheduleView unschedule(@PathVariable String fairId, @PathVariable String meetingId, Locale locale) {
		return view(fairId, this.fairs.unschedule(fairId, meetingId), locale);
	}

	@PostMapping("/publish")
	@Operation(summary = "Publish the latest version (发布)",
			description = "MeetingScheduled, MeetingMoved and MeetingCancelled on fair-meetings for the difference with "
					+ "what participants were last told, acknowledged by the broker, then the version is PUBLISHED. "
					+ "Publishing a published version again publishes nothing.")
	PublicationView publish(@PathVariable String fairId, Locale locale) {
		return publication(fairId, this.fairs.publish(fairId), locale);
	}

	@PostMapping("/rollback")
	@Operation(summary = "Bring back an earlier published version (回滚), published at once as a new version")
	PublicationView rollback(@PathVariable String fairId, @RequestBody RollbackForm form, Locale locale) {
		List<FieldError> errors = new ArrayList<>();
		Forms.range(errors, "version", form.version(), 1, Integer.MAX_VALUE, true);
		if (!errors.isEmpty()) {
			throw new InvalidInput("回滚", "rollback", errors);
		}
		return publication(fairId, this.fairs.rollback(fairId, form.version()), locale);
	}

	@PostMapping("/meetings/{meetingId}/check-in")
	@Operation(summary = "Check a published meeting in on the day (签到): HELD or NO_SHOW")
	Attendance checkIn(@PathVariable String fairId, @PathVariable String meetingId, @RequestBody CheckInForm form) {
		List<FieldError> errors = new ArrayList<>();
		Attendance.Presence presence = Forms.oneOf(errors, "status", form.status(), Attendance.Presence.class, true);
		Forms.optional(errors, "by", form.by(), 100);
		if (!errors.isEmpty()) {
			throw new InvalidInput("签到", "check-in", errors);
		}
		return this.fairs.checkIn(fairId, meetingId, presence, form.by());
	}

	@PostMapping("/meetings/{meetingId}/outcome")
	@Operation(summary = "Record a meeting's outcome (洽谈结果): intent level and next step")
	Attendance outcome(@PathVariable String fairId, @PathVariable String meetingId, @RequestBody OutcomeForm form) {
		List<FieldError> errors = new ArrayList<>();
		Attendance.Intent intent = Forms.oneOf(errors, "intent", form.intent(), Attendance.Intent.class, true);
		Forms.optional(errors, "nextStep", form.nextStep(), 500);
		Forms.optional(errors, "by", form.by(), 100);
		if (!errors.isEmpty()) {
			throw new InvalidInput("洽谈结果", "outcome", errors);
		}
		return this.fairs.outcome(fairId, meetingId, intent, form.nextStep(), form.by());
	}

	private PublicationView publication(String fairId, Fairs.Publication publication, Locale locale) {
		return new PublicationView(view(fairId, publication.version(), locale), publication.scheduled(),
				publication.moved(), publication.cancelled());
	}

	private ScheduleView view(String fairId, ScheduleVersion version, Locale locale) {
		Fair fair = this.fairs.fair(fairId);
		FairViews.Context context = new FairViews.Context(fair, this.fairs.participantsById(fairId),
				this.fairs.requestsById(fairId), this.fairs.told(fairId), this.fairs.attendance(fairId),
				this.fairs.inForce(fairId).map(ScheduleVersion::number).orElse(null));
		return FairViews.schedule(context, version, "zh".equals(locale.getLanguage()));
	}

	@Schema(name = "MoveForm", description = "Where a meeting goes")
	record MoveForm(@Schema(example = "3", description = "the slot's index") @Nullable Integer slot,
			@Schema(example = "t2") @Nullable String tableId) {
	}

	@Schema(name = "RollbackForm", description = "The published version to bring back")
	record RollbackForm(@Schema(example = "2") @Nullable Integer version) {
	}

	@Schema(name = "CheckInForm", description = "A check-in (签到)")
	record CheckInForm(@Schema(allowableValues = {
			"HELD", "NO_SHOW" }) @Nullable String status, @Schema(example = "staff-qy-01") @Nullable String by){
	}

	@Schema(name = "OutcomeForm", description = "A meeting's outcome (洽谈结果)")
	record OutcomeForm(@Schema(allowableValues = {
			"HIGH", "MEDIUM", "LOW", "NONE" }) @Nullable String intent,
			@Schema(example = "两周内安排考察园区") @Nullable String nextStep,
			@Schema(example = "staff-qy-01") @Nullable String by){
	}

}

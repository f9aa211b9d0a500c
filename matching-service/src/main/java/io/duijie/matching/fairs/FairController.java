package io.duijie.matching.fairs;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.duijie.matching.fairs.FairParticipant.Kind;
import io.duijie.matching.fairs.FairParticipant.Window;
import io.duijie.matching.fairs.FairProblems.FieldError;
import io.duijie.matching.fairs.FairProblems.InvalidInput;
import io.duijie.matching.fairs.FairViews.FairView;
import io.duijie.matching.fairs.MeetingRequest.Source;
import io.duijie.matching.fairs.MeetingRequest.Strength;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/fairs}: matchmaking fairs (对接会), their participants and their meeting
 * requests. Every change is on the {@code fairs} topic before it is answered. Errors are
 * RFC 9457 problem details ({@link FairProblems}), field by field, in Chinese or English.
 */
@RestController
@RequestMapping("/api/fairs")
@Tag(name = "fairs", description = "Matchmaking fairs (对接会): fairs, participants, requests")
class FairController {

	private final Fairs fairs;

	private final Clock clock = Clock.systemUTC();

	FairController(Fairs fairs) {
		this.fairs = fairs;
	}

	@PostMapping
	@Operation(summary = "Create a fair (新建对接会): its day, sessions, slots, tables and who-may-meet-whom rules")
	ResponseEntity<FairView> create(@RequestBody FairForm form) {
		Fair fair = form.toFair("fair-" + UUID.randomUUID().toString().substring(0, 13), this.clock.instant());
		this.fairs.create(fair);
		return ResponseEntity.created(URI.create("/api/fairs/" + fair.id())).body(FairView.of(fair));
	}

	@GetMapping
	@Operation(summary = "Every fair, by date")
	List<FairView> list() {
		return this.fairs.fairs().stream().map(FairView::of).toList();
	}

	@GetMapping("/{fairId}")
	@Operation(summary = "One fair with its slots")
	FairView fair(@PathVariable String fairId) {
		return FairView.of(this.fairs.fair(fairId));
	}

	@PostMapping("/{fairId}/close")
	@Operation(summary = "Close a fair: no more participants, requests or schedule changes")
	FairView close(@PathVariable String fairId) {
		return FairView.of(this.fairs.close(fairId));
	}

	@PostMapping("/{fairId}/participants")
	@Operation(summary = "Register a participant (or update one: same id)",
			description = "201 when new, 200 when updated. Register enterprises, counterparts and investors with their "
					+ "Duijie ids: matches both sides accepted then become MUST requests.")
	ResponseEntity<FairParticipant> register(@PathVariable String fairId, @RequestBody ParticipantForm form) {
		this.fairs.fair(fairId);
		FairParticipant participant = form.toParticipant(this.clock);
		Fairs.Registered registered = this.fairs.register(fairId, participant);
		return ResponseEntity.status(registered.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.body(registered.participant());
	}

	@GetMapping("/{fairId}/participants")
	@Operation(summary = "The participants, in the order they registered")
	List<FairParticipant> participants(@PathVariable String fairId) {
		return this.fairs.participants(fairId);
	}

	@DeleteMapping("/{fairId}/participants/{participantId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "A participant leaves (退出): its requests are withdrawn, its published meetings cancelled "
			+ "by the next publication")
	void leave(@PathVariable String fairId, @PathVariable String participantId) {
		this.fairs.leave(fairId, participantId);
	}

	@PostMapping("/{fairId}/requests")
	@Operation(summary = "Request a meeting (洽谈需求)",
			description = "One request per pair: a later one adds its party's stance (a participant, ORGANISER). "
					+ "NO_THANKS from anyone vetoes the pair; otherwise the strongest stance counts "
					+ "(MUST weighs 10, LIKE 1). 201 for a new pair, 200 for a stance added.")
	ResponseEntity<MeetingRequest> request(@PathVariable String fairId, @RequestBody RequestForm form) {
		this.fairs.fair(fairId);
		List<FieldError> errors = form.validate();
		if (!errors.isEmpty()) {
			throw new InvalidInput("洽谈需求", "request", errors);
		}
		Fairs.Requested requested = this.fairs.request(fairId, form.from(), form.to(),
				Strength.valueOf(form.strength()),
				(form.source() != null) ? Source.valueOf(form.source()) : Source.PARTICIPANT, form.matchId(),
				form.note());
		return ResponseEntity.status(requested.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.body(requested.request());
	}

	@GetMapping("/{fairId}/requests")
	@Operation(summary = "The requests, in the order they were made")
	List<MeetingRequest> requests(@PathVariable String fairId) {
		return this.fairs.requests(fairId);
	}

	@DeleteMapping("/{fairId}/requests/{requestId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Withdraw a request: its meeting is cancelled by the next publication")
	void withdraw(@PathVariable String fairId, @PathVariable String requestId) {
		this.fairs.withdraw(fairId, requestId);
	}

	@Schema(name = "FairForm", description = "A fair to create")
	record FairForm(@Schema(example = "2025 清远高新区（佛山）产业对接会") @Nullable String name,
			@Schema(example = "佛山岭南明珠体育馆") @Nullable String venue,
			@Schema(example = "2025-09-18") @Nullable String date,
			@Schema(example = "Asia/Shanghai", description = "Asia/Shanghai when not given") @Nullable String timeZone,
			@Nullable List<SessionForm> sessions,
			@Schema(example = "20", description = "minutes, 5 to 240") @Nullable Integer meetingMinutes,
			@Schema(example = "5", description = "minutes between two slots, 0 to 120") @Nullable Integer breakMinutes,
			@Nullable List<TableForm> tables,
			@Schema(description = "pairs of groups that may meet, e.g. [[\"enterprise\",\"host\"]]; none: everyone") @Nullable List<List<String>> groupRules) {

		Fair toFair(String id, java.time.Instant now) {
			List<FieldError> errors = new ArrayList<>();
			Forms.required(errors, "name", this.name, 200);
			Forms.optional(errors, "venue", this.venue, 200);
			LocalDate day = Forms.date(errors, "date", this.date);
			ZoneId zone = Forms.zone(errors, "timeZone", this.timeZone);
			Forms.range(errors, "meetingMinutes", this.meetingMinutes, 5, 240, true);
			Forms.range(errors, "breakMinutes", this.breakMinutes, 0, 120, false);
			List<Fair.Session> parsed = new ArrayList<>();
			if (this.sessions == null || this.sessions.isEmpty()) {
				errors.add(new FieldError("sessions", "至少需要一个场次", "needs at least one session"));
			}
			Forms.each(errors, "sessions", this.sessions, 10, (list, field, session) -> {
				if (session == null) {
					list.add(FieldError.required(field));
					return;
				}
				Forms.optional(list, field + ".name", session.name(), 50);
				LocalTime start = Forms.time(list, field + ".start", session.start());
				LocalTime end = Forms.time(list, field + ".end", session.end());
				if (start != null && end != null) {
					if (!end.isAfter(start)) {
						list.add(new FieldError(field + ".end", "须晚于开始时间", "must be after start"));
					}
					else if (!parsed.isEmpty() && start.isBefore(parsed.get(parsed.size() - 1).end())) {
						list.add(new FieldError(field + ".start", "须不早于上一场次的结束时间",
								"must not be before the previous session's end"));
					}
					else {
						parsed.add(new Fair.Session(
								(session.name() != null) ? session.name() : "场次 " + (parsed.size() + 1), start, end));
					}
				}
			});
			List<Fair.FairTable> tables = new ArrayList<>();
			Set<String> tableNames = new HashSet<>();
			if (this.tables == null || this.tables.isEmpty()) {
				errors.add(new FieldError("tables", "至少需要一张洽谈桌", "needs at least one table"));
			}
			Forms.each(errors, "tables", this.tables, 2000, (list, field, table) -> {
				String name = (table != null && table.name() != null) ? table.name()
						: String.format("T-%02d", tables.size() + 1);
				if (table != null) {
					Forms.optional(list, field + ".name", table.name(), 50);
				}
				if (!tableNames.add(name)) {
					list.add(new FieldError(field + ".name", "与其他洽谈桌重名", "is the name of another table"));
				}
				Set<String> languages = new LinkedHashSet<>();
				Forms.each(list, field + ".languages", (table != null) ? table.languages() : null, 5,
						(inner, languageField, language) -> {
							if (Forms.blank(language)) {
								inner.add(FieldError.required(languageField));
							}
							else {
								Forms.matches(inner, languageField, language, Forms.LANGUAGE, "须为语言代码（如 en、yue）",
										"must be a language code (e.g. en, yue)");
								languages.add(language);
							}
						});
				tables.add(new Fair.FairTable("t" + (tables.size() + 1), name, languages));
			});
			List<Fair.GroupRule> rules = new ArrayList<>();
			Forms.each(errors, "groupRules", this.groupRules, 100, (list, field, pair) -> {
				if (pair == null || pair.size() != 2) {
					list.add(new FieldError(field, "须为两个组名", "must be two group names"));
					return;
				}
				boolean valid = true;
				for (int i = 0; i < 2; i++) {
					String group = pair.get(i);
					if (group == null || !Forms.GROUP.matcher(group).matches()) {
						list.add(new FieldError(field + "[" + i + "]", "须为小写字母、数字、- 或 _ 组成的组名",
								"must be a group name of lower-case letters, digits, - and _"));
						valid = false;
					}
				}
				if (valid) {
					rules.add(new Fair.GroupRule(pair.get(0), pair.get(1)));
				}
			});
			if (errors.isEmpty() && day != null && zone != null
					&& Fair
						.slots(day, zone, parsed, this.meetingMinutes,
								(this.breakMinutes != null) ? this.breakMinutes : 0)
						.isEmpty()) {
				errors.add(new FieldError("meetingMinutes", "比所有场次都长，排不出任何时段",
						"is longer than every session: no slot fits"));
			}
			if (!errors.isEmpty()) {
				throw new InvalidInput("对接会信息", "fair", errors);
			}
			return new Fair(id, this.name, this.venue, day, zone.getId(), parsed, this.meetingMinutes,
					(this.breakMinutes != null) ? this.breakMinutes : 0, tables, rules, Fair.Status.OPEN, now);
		}

	}

	@Schema(name = "SessionForm", description = "A session (场次)")
	record SessionForm(@Schema(example = "上午场") @Nullable String name,
			@Schema(example = "09:00") @Nullable String start, @Schema(example = "12:00") @Nullable String end) {
	}

	@Schema(name = "TableForm", description = "A table (洽谈桌)")
	record TableForm(@Schema(example = "A-01", description = "T-01, T-02, … when not given") @Nullable String name,
			@Schema(example = "[\"en\"]",
					description = "languages offered beyond Mandarin (an interpreter)") @Nullable List<String> languages) {
	}

	@Schema(name = "ParticipantForm", description = "A participant (参会方)")
	record ParticipantForm(@Schema(example = "ent-42",
			description = "its Duijie id (enterprise, counterpart, investor) if it has one; generated otherwise") @Nullable String id,
			@Schema(allowableValues = {
					"ENTERPRISE", "HOST", "INSTITUTION", "INVESTOR", "PARK" }) @Nullable String kind,
			@Schema(example = "government",
					description = "its group for the fair's rules; the kind in lower case by default") @Nullable String group,
			@Schema(example = "示例·佛山华信铝业有限公司") @Nullable String name,
			@Schema(example = "staff-qy-01") @Nullable String ownerStaffId,
			@Schema(example = "contact@example.com") @Nullable String email,
			@Schema(description = "windows it can attend; none: all day") @Nullable List<WindowForm> availability,
			@Schema(example = "4") @Nullable Integer maxMeetings,
			@Schema(example = "en", description = "a language it needs beyond Mandarin") @Nullable String language,
			@Schema(description = "an enterprise's requests (诉求) for the government hosts",
					example = "希望了解清远高新区的厂房租金补贴政策") @Nullable String demands){

		FairParticipant toParticipant(Clock clock) {
			List<FieldError> errors = new ArrayList<>();
			Forms.optional(errors, "id", this.id, 100);
			Forms.matches(errors, "id", this.id, Forms.ID, "只能包含字母、数字和 . _ : ~ -",
					"may only hold letters, digits and . _ : ~ -");
			Kind kind = Forms.oneOf(errors, "kind", this.kind, Kind.class, true);
			Forms.optional(errors, "group", this.group, 40);
			Forms.matches(errors, "group", this.group, Forms.GROUP, "须为小写字母、数字、- 或 _ 组成的组名",
					"must be a group name of lower-case letters, digits, - and _");
			Forms.required(errors, "name", this.name, 200);
			Forms.optional(errors, "ownerStaffId", this.ownerStaffId, 100);
			Forms.optional(errors, "email", this.email, 200);
			Forms.matches(errors, "email", this.email, Forms.EMAIL, "不是有效的电子邮箱", "is not an e-mail address");
			List<Window> windows = new ArrayList<>();
			Forms.each(errors, "availability", this.availability, 20, (list, field, window) -> {
				if (window == null) {
					list.add(FieldError.required(field));
					return;
				}
				LocalTime start = Forms.time(list, field + ".start", window.start());
				LocalTime end = Forms.time(list, field + ".end", window.end());
				if (start != null && end != null) {
					if (end.isAfter(start)) {
						windows.add(new Window(start, end));
					}
					else {
						list.add(new FieldError(field + ".end", "须晚于开始时间", "must be after start"));
					}
				}
			});
			Forms.range(errors, "maxMeetings", this.maxMeetings, 1, 1000, false);
			Forms.optional(errors, "language", this.language, 20);
			Forms.matches(errors, "language", this.language, Forms.LANGUAGE, "须为语言代码（如 en、yue）",
					"must be a language code (e.g. en, yue)");
			Forms.optional(errors, "demands", this.demands, 2000);
			if (this.demands != null && kind != null && kind != Kind.ENTERPRISE) {
				errors.add(new FieldError("demands", "只有企业可以提交诉求", "only enterprises bring demands"));
			}
			if (!errors.isEmpty()) {
				throw new InvalidInput("参会方信息", "participant", errors);
			}
			String participantId = (this.id != null) ? this.id : "p-" + UUID.randomUUID().toString().substring(0, 13);
			return new FairParticipant(participantId, kind, (this.group != null) ? this.group : kind.defaultGroup(),
					this.name, this.ownerStaffId, this.email, windows, this.maxMeetings, this.language, this.demands,
					clock.instant());
		}

	}

	@Schema(name = "WindowForm", description = "A window of the day")
	record WindowForm(@Schema(example = "09:00") @Nullable String start,
			@Schema(example = "10:30") @Nullable String end) {
	}

	@Schema(name = "RequestForm", description = "A meeting request (洽谈需求)")
	record RequestForm(@Schema(example = "ent-42") @Nullable String from,
			@Schema(example = "host-qy-investment") @Nullable String to, @Schema(allowableValues = {
					"MUST", "LIKE", "NO_THANKS" }) @Nullable String strength,
			@Schema(allowableValues = { "PARTICIPANT", "ORGANISER" },
					description = "PARTICIPANT by default; MATCH is the listener's") @Nullable String source,
			@Schema(example = "ent-42~cp-qy-new-materials") @Nullable String matchId,
			@Schema(example = "厂房租金补贴政策咨询") @Nullable String note){

		List<FieldError> validate() {
			List<FieldError> errors = new ArrayList<>();
			Forms.required(errors, "from", this.from, 100);
			Forms.required(errors, "to", this.to, 100);
			if (!Forms.blank(this.from) && this.from.equals(this.to)) {
				errors.add(new FieldError("to", "不能与 from 相同", "must differ from from"));
			}
			Forms.oneOf(errors, "strength", this.strength, Strength.class, true);
			if (this.source != null && !List.of("PARTICIPANT", "ORGANISER").contains(this.source)) {
				errors.add(FieldError.oneOf("source", List.of("PARTICIPANT", "ORGANISER")));
			}
			Forms.optional(errors, "matchId", this.matchId, 250);
			Forms.matches(errors, "matchId", this.matchId, Forms.MATCH_ID, "须为 <enterpriseId>~<partnerId>",
					"must be <enterpriseId>~<partnerId>");
			Forms.optional(errors, "note", this.note, 500);
			return errors;
		}

	}

}

package io.duijie.matching.fairs;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.duijie.contracts.DuijieEvent;
import io.duijie.contracts.FairOutcomeEvent;
import io.duijie.contracts.MatchAccepted;
import io.duijie.contracts.Meeting;
import io.duijie.contracts.MeetingEvent;
import io.duijie.contracts.MeetingParticipant;
import io.duijie.matching.fairs.FairProblems.FieldError;
import io.duijie.matching.fairs.FairProblems.InvalidInput;
import io.duijie.matching.fairs.FairProblems.NotFound;
import io.duijie.matching.fairs.FairProblems.Refused;
import io.duijie.matching.fairs.MeetingRequest.Source;
import io.duijie.matching.fairs.MeetingRequest.Strength;
import io.duijie.matching.fairs.ScheduleVersion.Booking;
import io.duijie.matching.fairs.ScheduleVersion.Left;
import io.duijie.matching.fairs.ScheduleVersion.Origin;
import io.duijie.matching.fairs.solver.FairScheduler;
import io.duijie.matching.fairs.solver.GroupPair;
import io.duijie.matching.fairs.solver.Participant;
import io.duijie.matching.fairs.solver.Placement;
import io.duijie.matching.fairs.solver.Problem;
import io.duijie.matching.fairs.solver.Request;
import io.duijie.matching.fairs.solver.ScheduleChecker;
import io.duijie.matching.fairs.solver.Solution;
import io.duijie.matching.fairs.solver.Table;
import io.duijie.matching.matches.MatchEventPublisher;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * What can be done to a fair. Every change is written through the {@link FairStore}
 * (topic first, then Redis); changes to one fair are serialised (one lock per fair in
 * this process); meeting events and {@code FairSchedulePublished} are published, and
 * acknowledged by the broker, before the version they come from is marked published;
 * {@code MeetingCheckedIn} and {@code MeetingOutcomeRecorded} before the check-in or
 * outcome is stored.
 */
@Component
class Fairs {

	private static final Logger logger = LoggerFactory.getLogger(Fairs.class);

	private final FairStore store;

	private final MatchEventPublisher publisher;

	private final FairProperties properties;

	private final Map<String, Object> locks = new ConcurrentHashMap<>();

	private final Clock clock = Clock.systemUTC();

	Fairs(FairStore store, MatchEventPublisher publisher, FairProperties properties) {
		this.store = store;
		this.publisher = publisher;
		this.properties = properties;
	}

	// fairs

	Fair create(Fair fair) {
		this.store.changes().fair(fair).commit();
		return fair;
	}

	List<Fair> fairs() {
		return this.store.fairs();
	}

	Fair fair(String fairId) {
		return this.store.fair(fairId).orElseThrow(() -> NotFound.fair(fairId));
	}

	Fair close(String fairId) {
		return locked(fairId, () -> {
			Fair closed = fair(fairId).withStatus(Fair.Status.CLOSED);
			this.store.changes().fair(closed).commit();
			return closed;
		});
	}

	// participants

	/**
	 * A participant registered (or updated).
	 *
	 * @param participant as stored
	 * @param created whether it is new to the fair
	 * @param requests requests made for it from matches both sides accepted
	 */
	record Registered(FairParticipant participant, boolean created, List<MeetingRequest> requests) {
	}

	Registered register(String fairId, FairParticipant participant) {
		return locked(fairId, () -> {
			Fair fair = openFair(fairId);
			Map<String, FairParticipant> participants = new LinkedHashMap<>(this.store.participants(fairId));
			FairParticipant before = participants.get(participant.id());
			FairParticipant stored = (before != null) ? withRegisteredAt(participant, before.registeredAt())
					: participant;
			participants.put(stored.id(), stored);
			FairStore.Changes changes = this.store.changes().participant(fairId, stored);
			List<MeetingRequest> made = new ArrayList<>();
			if (upcoming(fair)) {
				Map<String, MeetingRequest> requests = new LinkedHashMap<>(this.store.requests(fairId));
				for (AcceptedMatch match : this.store.candidates(stored.id())) {
					fromMatch(fair, participants, requests, match, changes).ifPresent(made::add);
				}
			}
			changes.commit();
			return new Registered(stored, before == null, made);
		});
	}

	private static FairParticipant withRegisteredAt(FairParticipant p, Instant registeredAt) {
		return new FairParticipant(p.id(), p.kind(), p.group(), p.name(), p.ownerStaffId(), p.email(), p.availability(),
				p.maxMeetings(), p.language(), p.demands(), registeredAt);
	}

	List<FairParticipant> participants(String fairId) {
		fair(fairId);
		return List.copyOf(this.store.participants(fairId).values());
	}

	/**
	 * A participant leaves: it and its requests are removed; its published meetings are
	 * cancelled by the next publication.
	 */
	void leave(String fairId, String participantId) {
		locked(fairId, () -> {
			openFair(fairId);
			if (!this.store.participants(fairId).containsKey(participantId)) {
				throw NotFound.participant(participantId);
			}
			FairStore.Changes changes = this.store.changes().participantLeft(fairId, participantId);
			this.store.requests(fairId)
				.values()
				.stream()
				.filter((r) -> r.involves(participantId))
				.forEach((r) -> changes.requestWithdrawn(fairId, r.id()));
			changes.commit();
			return null;
		});
	}

	// requests

	/**
	 * A request made (or a stance added to the pair's request).
	 *
	 * @param request as stored
	 * @param created whether the pair had no request before
	 */
	record Requested(MeetingRequest request, boolean created) {
	}

	Requested request(String fairId, String from, String to, Strength strength, Source source, @Nullable String matchId,
			@Nullable String note) {
		return locked(fairId, () -> {
			Fair fair = openFair(fairId);
			Map<String, FairParticipant> participants = this.store.participants(fairId);
			List<FieldError> errors = new ArrayList<>();
			FairParticipant a = participants.get(from);
			FairParticipant b = participants.get(to);
			if (a == null) {
				errors.add(new FieldError("from", "不是本次对接会的参会方", "is not a participant of this fair"));
			}
			if (b == null) {
				errors.add(new FieldError("to", "不是本次对接会的参会方", "is not a participant of this fair"));
			}
			if (a != null && b != null && !fair.mayMeet(a.group(), b.group())) {
				errors.add(new FieldError("to", "对接规则不允许「" + a.group() + "」与「" + b.group() + "」会面",
						"the fair's rules do not let " + a.group() + " meet " + b.group()));
			}
			if (!errors.isEmpty()) {
				throw new InvalidInput("洽谈需求", "request", errors);
			}
			Instant now = this.clock.instant();
			String party = (source == Source.PARTICIPANT) ? from : source.name();
			Optional<MeetingRequest> existing = this.store.requests(fairId)
				.values()
				.stream()
				.filter((r) -> r.pairs(from, to))
				.findFirst();
			MeetingRequest request = existing.map((r) -> r.withStance(party, strength, matchId, note, now))
				.orElseGet(() -> new MeetingRequest(UUID.randomUUID().toString(), from, to, strength, source, matchId,
						note, Map.of(party, strength), now, now));
			this.store.changes().request(fairId, request).commit();
			return new Requested(request, existing.isEmpty());
		});
	}

	List<MeetingRequest> requests(String fairId) {
		fair(fairId);
		return List.copyOf(this.store.requests(fairId).values());
	}

	void withdraw(String fairId, String requestId) {
		locked(fairId, () -> {
			openFair(fairId);
			if (!this.store.requests(fairId).containsKey(requestId)) {
				throw NotFound.request(requestId);
			}
			this.store.changes().requestWithdrawn(fairId, requestId).commit();
			return null;
		});
	}

	/**
	 * A match both sides accepted: remembered as a candidate, and a MUST request (source
	 * MATCH) in every open, upcoming fair where both sides take part, unless the pair has
	 * a request with a MATCH stance already (so a redelivery changes nothing). A pair
	 * with a request of its own keeps it, with the MATCH stance added (a NO_THANKS stays
	 * a veto).
	 */
	void matchAccepted(MatchAccepted accepted) {
		AcceptedMatch match = new AcceptedMatch(accepted.matchId(), accepted.enterpriseId(), accepted.partnerId(),
				accepted.occurredAt());
		this.store.changes().candidate(match).commit();
		for (Fair listed : this.store.fairs()) {
			if (!listed.open() || !upcoming(listed)) {
				continue;
			}
			locked(listed.id(), () -> {
				Fair fair = fair(listed.id());
				Map<String, FairParticipant> participants = this.store.participants(fair.id());
				Map<String, MeetingRequest> requests = new LinkedHashMap<>(this.store.requests(fair.id()));
				FairStore.Changes changes = this.store.changes();
				fromMatch(fair, participants, requests, match, changes).ifPresent((request) -> logger
					.info("Accepted match {} requested in fair {} as {}", match.matchId(), fair.id(), request.id()));
				changes.commit();
				return null;
			});
		}
	}

	private Optional<MeetingRequest> fromMatch(Fair fair, Map<String, FairParticipant> participants,
			Map<String, MeetingRequest> requests, AcceptedMatch match, FairStore.Changes changes) {
		FairParticipant enterprise = participants.get(match.enterpriseId());
		FairParticipant partner = participants.get(match.partnerId());
		if (enterprise == null || partner == null || !fair.mayMeet(enterprise.group(), partner.group())) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		Optional<MeetingRequest> existing = requests.values()
			.stream()
			.filter((r) -> r.pairs(enterprise.id(), partner.id()))
			.findFirst();
		if (existing.isPresent() && existing.get().stances().containsKey(Source.MATCH.name())) {
			return Optional.empty();
		}
		MeetingRequest request = existing
			.map((r) -> r.withStance(Source.MATCH.name(), Strength.MUST, match.matchId(), null, now))
			.orElseGet(
					() -> new MeetingRequest(UUID.randomUUID().toString(), enterprise.id(), partner.id(), Strength.MUST,
							Source.MATCH, match.matchId(), null, Map.of(Source.MATCH.name(), Strength.MUST), now, now));
		requests.put(request.id(), request);
		changes.request(fair.id(), request);
		return Optional.of(request);
	}

	// the schedule

	/**
	 * Runs the scheduler: a new draft version. Locked meetings of the latest version are
	 * kept (where still placeable), and its placements are what the scheduler tries not
	 * to move.
	 */
	ScheduleVersion run(String fairId) {
		return locked(fairId, () -> {
			Fair fair = openFair(fairId);
			Map<String, FairParticipant> participants = this.store.participants(fairId);
			Map<String, MeetingRequest> requests = this.store.requests(fairId);
			PlacementCheck check = new PlacementCheck(fair, participants, requests);
			List<Fair.Slot> slots = check.slots();
			Optional<ScheduleVersion> base = this.store.latest(fairId);
			List<Request> wanted = requests.values()
				.stream()
				.filter((r) -> check.active(r.id()))
				.map((r) -> new Request(r.id(), r.from(), r.to(), r.strength().weight()))
				.toList();
			List<Placement> previous = new ArrayList<>();
			List<Booking> lockedBookings = new ArrayList<>();
			if (base.isPresent()) {
				for (Booking booking : base.get().meetings()) {
					if (check.active(booking.meetingId())) {
						previous.add(new Placement(booking.meetingId(), booking.slot(), booking.tableId()));
						if (booking.locked()) {
							lockedBookings.add(booking);
						}
					}
				}
			}
			// locks that no longer fit (availability or maximum changed) are released
			List<Placement> locked = check.placeable(lockedBookings)
				.stream()
				.map((b) -> new Placement(b.meetingId(), b.slot(), b.tableId()))
				.toList();
			Problem problem = new Problem(slots.stream().map(Fair.Slot::session).toList(),
					fair.tables().stream().map((t) -> new Table(t.id(), t.languages())).toList(),
					participants.values()
						.stream()
						.map((p) -> new Participant(p.id(), p.group(), p.maxMeetings(slots.size()),
								p.availableSlots(slots), p.language()))
						.toList(),
					wanted, allowed(fair), locked, previous);
			Solution solution = new FairScheduler().solve(problem, this.properties.solveTime());
			// the independent checker has the last word: a schedule breaking a hard
			// constraint is never stored
			List<String> violations = new ScheduleChecker().violations(problem, solution.placements());
			if (!violations.isEmpty()) {
				throw new IllegalStateException("The scheduler broke " + violations.size() + " constraints of fair "
						+ fairId + ": " + violations);
			}
			Set<String> lockedIds = new HashSet<>();
			locked.forEach((p) -> lockedIds.add(p.requestId()));
			List<Booking> bookings = solution.placements()
				.stream()
				.map((p) -> new Booking(p.requestId(), p.slot(), p.tableId(), lockedIds.contains(p.requestId()), 0))
				.toList();
			List<Left> left = solution.unscheduled()
				.stream()
				.map((u) -> new Left(u.requestId(), u.cause().name(), u.participantId(), u.detail()))
				.toList();
			ScheduleVersion version = new ScheduleVersion(nextNumber(fairId), ScheduleVersion.Status.DRAFT, Origin.RUN,
					base.map(ScheduleVersion::number).orElse(null), this.clock.instant(), null, bookings, left,
					ScheduleVersion.Quality.of(solution.report()));
			this.store.changes().version(fairId, version).commit();
			logger.info("Fair {}: version {} drafted, {} of {} requests placed in {} ms", fairId, version.number(),
					bookings.size(), wanted.size(), solution.report().totalMillis());
			return version;
		});
	}

	private static Set<GroupPair> allowed(Fair fair) {
		Set<GroupPair> allowed = new HashSet<>();
		fair.groupRules().forEach((rule) -> allowed.add(rule.pair()));
		return allowed;
	}

	Optional<ScheduleVersion> latest(String fairId) {
		fair(fairId);
		return this.store.latest(fairId);
	}

	ScheduleVersion version(String fairId, int number) {
		fair(fairId);
		return this.store.version(fairId, number).orElseThrow(() -> NotFound.version(number));
	}

	List<FairStore.VersionSummary> versions(String fairId) {
		fair(fairId);
		return this.store.versions(fairId);
	}

	/** Locks or unlocks a meeting of the latest version. */
	ScheduleVersion lock(String fairId, String meetingId, boolean locked) {
		return review(fairId, meetingId, (fair, check, version) -> {
			booking(version, meetingId);
			return version.withBooking(meetingId, (b) -> b.locked(locked));
		});
	}

	/**
	 * Moves a meeting of the latest version to a slot and a table, or places a request it
	 * left out; refused (409) when a constraint forbids it.
	 */
	ScheduleVersion move(String fairId, String meetingId, int slot, String tableId) {
		return review(fairId, meetingId, (fair, check, version) -> {
			Optional<Booking> placed = version.meeting(meetingId);
			if (placed.isEmpty() && version.left(meetingId).isEmpty()) {
				throw NotFound.meeting(meetingId);
			}
			List<FieldError> errors = new ArrayList<>();
			if (slot < 0 || slot >= check.slots().size()) {
				errors.add(new FieldError("slot", "须在 0 到 " + (check.slots().size() - 1) + " 之间",
						"must be between 0 and " + (check.slots().size() - 1)));
			}
			if (fair.table(tableId) == null) {
				errors.add(new FieldError("tableId", "不是本次对接会的洽谈桌", "is not a table of this fair"));
			}
			if (!errors.isEmpty()) {
				throw new InvalidInput("调整", "move", errors);
			}
			List<Booking> others = version.meetings().stream().filter((b) -> !b.meetingId().equals(meetingId)).toList();
			check.refusal(meetingId, slot, tableId, others, placed.isEmpty()).ifPresent((refusal) -> {
				throw Refused.move(refusal);
			});
			if (placed.isPresent()) {
				return version.withBooking(meetingId, (b) -> b.at(slot, tableId));
			}
			List<Booking> meetings = new ArrayList<>(version.meetings());
			meetings.add(new Booking(meetingId, slot, tableId, false, 0));
			return version.with(meetings,
					version.unscheduled().stream().filter((l) -> !l.meetingId().equals(meetingId)).toList());
		});
	}

	/** Takes a meeting off the latest version (a re-solve may place it again). */
	ScheduleVersion unschedule(String fairId, String meetingId) {
		return review(fairId, meetingId, (fair, check, version) -> {
			booking(version, meetingId);
			List<Left> left = new ArrayList<>(version.unscheduled());
			left.add(new Left(meetingId, Left.ORGANISER, "", "taken off the schedule by an organiser"));
			return version.with(version.meetings().stream().filter((b) -> !b.meetingId().equals(meetingId)).toList(),
					left);
		});
	}

	private interface Review {

		ScheduleVersion apply(Fair fair, PlacementCheck check, ScheduleVersion version);

	}

	/**
	 * Applies a review to the latest version: in place for a draft, as a new draft for a
	 * published version.
	 */
	private ScheduleVersion review(String fairId, String meetingId, Review review) {
		return locked(fairId, () -> {
			Fair fair = openFair(fairId);
			ScheduleVersion latest = this.store.latest(fairId).orElseThrow(() -> Refused.noSchedule(fairId));
			ScheduleVersion draft = latest.published()
					? latest.draft(latest.number() + 1, Origin.REVIEW, this.clock.instant()) : latest;
			PlacementCheck check = new PlacementCheck(fair, this.store.participants(fairId),
					this.store.requests(fairId));
			ScheduleVersion reviewed = review.apply(fair, check, draft);
			this.store.changes().version(fairId, reviewed).commit();
			return reviewed;
		});
	}

	private static Booking booking(ScheduleVersion version, String meetingId) {
		return version.meeting(meetingId).orElseThrow(() -> NotFound.meeting(meetingId));
	}

	/**
	 * A publication: the version now in force and the events it took.
	 *
	 * @param version the published version
	 * @param scheduled {@code MeetingScheduled} events published
	 * @param moved {@code MeetingMoved} events published
	 * @param cancelled {@code MeetingCancelled} events published
	 */
	record Publication(ScheduleVersion version, int scheduled, int moved, int cancelled) {
	}

	/**
	 * Publishes the latest version: the meeting events for its difference with what
	 * participants were last told, acknowledged by the broker, then the version marked
	 * PUBLISHED.
	 */
	Publication publish(String fairId) {
		return locked(fairId, () -> {
			Fair fair = openFair(fairId);
			ScheduleVersion latest = this.store.latest(fairId).orElseThrow(() -> Refused.noSchedule(fairId));
			return publish(fair, latest);
		});
	}

	private Publication publish(Fair fair, ScheduleVersion version) {
		Map<String, FairParticipant> participants = this.store.participants(fair.id());
		Map<String, MeetingRequest> requests = this.store.requests(fair.id());
		PlacementCheck check = new PlacementCheck(fair, participants, requests);
		List<Booking> kept = new ArrayList<>();
		List<Left> left = new ArrayList<>(version.unscheduled());
		for (Booking booking : version.meetings()) {
			if (check.active(booking.meetingId())) {
				kept.add(booking);
			}
			else {
				left.add(new Left(booking.meetingId(), check.inactiveCause(booking.meetingId()), "", ""));
			}
		}
		Map<String, PublishedMeeting> told = this.store.published(fair.id());
		List<Meeting> meetings = kept.stream().map((b) -> meeting(fair, participants, requests, b, 0)).toList();
		Instant now = this.clock.instant();
		List<MeetingChanges.Change> changes = MeetingChanges.between(told, meetings,
				(meetingId) -> cancelReason(requests, participants, told.get(meetingId)), now);
		if (version.published() && changes.isEmpty()) {
			return new Publication(version, 0, 0, 0);
		}
		if (version.published()) {
			// participants left or requests went since it was published: a new version,
			// so
			// that the published one stays as it was
			version = version.draft(nextNumber(fair.id()), Origin.REVIEW, now);
		}
		List<Booking> sequenced = new ArrayList<>();
		for (int i = 0; i < kept.size(); i++) {
			sequenced.add(kept.get(i).sequence(MeetingChanges.sequence(told, meetings.get(i))));
		}
		ScheduleVersion published = version.published(now, sequenced, left);
		List<DuijieEvent> events = new ArrayList<>(changes.stream().map(MeetingChanges.Change::event).toList());
		int requested = (int) requests.keySet().stream().filter(check::active).count();
		events
			.add(FairOutcomes.schedulePublished(fair, published.number(), requested, published.meetings().size(), now));
		this.publisher.publish(events);
		FairStore.Changes writes = this.store.changes();
		changes.forEach((change) -> writes.published(fair.id(), change.told()));
		writes.version(fair.id(), published).commit();
		int scheduled = count(changes, io.duijie.contracts.MeetingScheduled.class);
		int moved = count(changes, io.duijie.contracts.MeetingMoved.class);
		int cancelled = count(changes, io.duijie.contracts.MeetingCancelled.class);
		logger.info("Fair {}: version {} published ({} scheduled, {} moved, {} cancelled)", fair.id(),
				published.number(), scheduled, moved, cancelled);
		return new Publication(published, scheduled, moved, cancelled);
	}

	private static int count(List<MeetingChanges.Change> changes, Class<? extends MeetingEvent> type) {
		return (int) changes.stream().filter((c) -> type.isInstance(c.event())).count();
	}

	private static String cancelReason(Map<String, MeetingRequest> requests, Map<String, FairParticipant> participants,
			PublishedMeeting told) {
		if (told.meeting().participants().stream().anyMatch((p) -> !participants.containsKey(p.id()))) {
			return "参会方已退出 / A participant left the fair";
		}
		MeetingRequest request = requests.get(told.meeting().meetingId());
		if (request == null) {
			return "洽谈需求已撤回 / The request was withdrawn";
		}
		if (request.vetoed()) {
			return "一方已婉拒 / One side declined";
		}
		return "日程调整后未能安排 / No longer on the revised schedule";
	}

	/** The meeting of a booking as the events carry it. */
	static Meeting meeting(Fair fair, Map<String, FairParticipant> participants, Map<String, MeetingRequest> requests,
			Booking booking, int sequence) {
		MeetingRequest request = requests.get(booking.meetingId());
		Fair.Slot slot = fair.slots().get(booking.slot());
		Fair.FairTable table = fair.table(booking.tableId());
		List<MeetingParticipant> sides = new ArrayList<>();
		if (request != null) {
			for (String id : List.of(request.from(), request.to())) {
				FairParticipant p = participants.get(id);
				if (p != null) {
					sides.add(new MeetingParticipant(p.id(), p.kind().name(), p.name(), p.ownerStaffId()));
				}
			}
		}
		return new Meeting(booking.meetingId(), fair.id(), fair.name(), fair.venue(),
				(table != null) ? table.name() : booking.tableId(), slot.start(), slot.end(), sequence, sides,
				(request != null) ? request.matchId() : null);
	}

	/**
	 * Brings back an earlier published version: a new version with its meetings (those
	 * still placeable; the others are left out with the cause), published at once.
	 */
	Publication rollback(String fairId, int number) {
		return locked(fairId, () -> {
			Fair fair = openFair(fairId);
			ScheduleVersion target = this.store.version(fairId, number).orElseThrow(() -> NotFound.version(number));
			if (!target.published()) {
				throw new Refused("NOT_PUBLISHED", "版本 " + number + " 从未发布，只能回滚到已发布的版本",
						"Version " + number + " was never published: only published versions can be brought back");
			}
			ScheduleVersion inForce = this.store.inForce(fairId).orElseThrow();
			if (inForce.number() == number) {
				ScheduleVersion latest = this.store.latest(fairId).orElseThrow();
				if (latest.number() == number) {
					throw new Refused("IN_FORCE", "版本 " + number + " 正在生效", "Version " + number + " is in force");
				}
			}
			PlacementCheck check = new PlacementCheck(fair, this.store.participants(fairId),
					this.store.requests(fairId));
			List<Booking> kept = new ArrayList<>();
			List<Left> left = new ArrayList<>();
			for (Booking booking : target.meetings()) {
				if (check.active(booking.meetingId())) {
					kept.add(booking.sequence(0));
				}
				else {
					left.add(new Left(booking.meetingId(), check.inactiveCause(booking.meetingId()), "", ""));
				}
			}
			List<Booking> placeable = check.placeable(kept);
			Set<String> placed = new HashSet<>();
			placeable.forEach((b) -> placed.add(b.meetingId()));
			kept.stream()
				.filter((b) -> !placed.contains(b.meetingId()))
				.forEach((b) -> left.add(new Left(b.meetingId(), Left.CONFLICT, "", "")));
			kept = placeable;
			for (Left l : target.unscheduled()) {
				if (check.active(l.meetingId())) {
					left.add(l);
				}
			}
			ScheduleVersion draft = new ScheduleVersion(nextNumber(fairId), ScheduleVersion.Status.DRAFT,
					Origin.ROLLBACK, number, this.clock.instant(), null, kept, left, target.quality());
			this.store.changes().version(fairId, draft).commit();
			return publish(fair, draft);
		});
	}

	// on the day

	/**
	 * Checks a published meeting in: {@code MeetingCheckedIn} is published, and
	 * acknowledged, before the check-in is stored.
	 */
	Attendance checkIn(String fairId, String meetingId, Attendance.Presence presence, @Nullable String by) {
		return attendance(fairId, meetingId, (fair, meeting, before, now) -> {
			Attendance after = new Attendance(meetingId, new Attendance.CheckIn(presence, by, now), before.outcome());
			return new Recorded(after, FairOutcomes.checkedIn(fair, meeting, before, presence, by, now));
		});
	}

	/**
	 * Records a published meeting's outcome: {@code MeetingOutcomeRecorded} is published,
	 * and acknowledged, before the outcome is stored.
	 */
	Attendance outcome(String fairId, String meetingId, Attendance.Intent intent, @Nullable String nextStep,
			@Nullable String by) {
		return attendance(fairId, meetingId, (fair, meeting, before, now) -> {
			Attendance after = new Attendance(meetingId, before.checkIn(),
					new Attendance.Outcome(intent, nextStep, by, now));
			return new Recorded(after, FairOutcomes.outcomeRecorded(fair, meeting, before, intent, nextStep, by, now));
		});
	}

	private interface Recording {

		Recorded apply(Fair fair, Meeting meeting, Attendance before, Instant now);

	}

	private record Recorded(Attendance after, FairOutcomeEvent event) {
	}

	private Attendance attendance(String fairId, String meetingId, Recording recording) {
		return locked(fairId, () -> {
			Fair fair = fair(fairId);
			ScheduleVersion inForce = this.store.inForce(fairId)
				.orElseThrow(() -> new Refused("NOT_PUBLISHED", "对接会还没有发布的日程", "The fair has no published schedule"));
			Optional<Booking> booking = inForce.meeting(meetingId);
			Map<String, PublishedMeeting> told = this.store.published(fairId);
			if (booking.isEmpty()) {
				if (!this.store.requests(fairId).containsKey(meetingId) && !told.containsKey(meetingId)) {
					throw NotFound.meeting(meetingId);
				}
				throw new Refused("NOT_PUBLISHED", "洽谈 " + meetingId + " 不在已发布的日程上",
						"Meeting " + meetingId + " is not on the published schedule");
			}
			// the meeting as participants were last told of it
			PublishedMeeting last = told.get(meetingId);
			Meeting meeting = (last != null) ? last.meeting() : meeting(fair, this.store.participants(fairId),
					this.store.requests(fairId), booking.get(), booking.get().sequence());
			Attendance before = this.store.attendance(fairId)
				.getOrDefault(meetingId, new Attendance(meetingId, null, null));
			Recorded recorded = recording.apply(fair, meeting, before, this.clock.instant());
			this.publisher.publish(List.of(recorded.event()));
			this.store.changes().attendance(fairId, recorded.after()).commit();
			return recorded.after();
		});
	}

	Map<String, Attendance> attendance(String fairId) {
		return this.store.attendance(fairId);
	}

	Map<String, PublishedMeeting> told(String fairId) {
		return this.store.published(fairId);
	}

	Map<String, FairParticipant> participantsById(String fairId) {
		return this.store.participants(fairId);
	}

	Map<String, MeetingRequest> requestsById(String fairId) {
		return this.store.requests(fairId);
	}

	Optional<ScheduleVersion> inForce(String fairId) {
		return this.store.inForce(fairId);
	}

	// helpers

	private Fair openFair(String fairId) {
		Fair fair = fair(fairId);
		if (!fair.open()) {
			throw Refused.closed(fairId);
		}
		return fair;
	}

	private boolean upcoming(Fair fair) {
		return !fair.date().isBefore(LocalDate.now(this.clock.withZone(fair.zone())));
	}

	private int nextNumber(String fairId) {
		List<FairStore.VersionSummary> versions = this.store.versions(fairId);
		return versions.isEmpty() ? 1 : versions.get(versions.size() - 1).number() + 1;
	}

	private <T> T locked(String fairId, Supplier<T> work) {
		synchronized (this.locks.computeIfAbsent(fairId, (id) -> new Object())) {
			return work.get();
		}
	}

}

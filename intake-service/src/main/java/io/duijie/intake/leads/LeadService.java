package io.duijie.intake.leads;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import io.duijie.contracts.EnterpriseProfile;
import io.duijie.contracts.LeadAmountRecorded;
import io.duijie.contracts.LeadAmountRecorded.AmountKind;
import io.duijie.contracts.LeadEvent;
import io.duijie.contracts.LeadHandedOver;
import io.duijie.contracts.LeadRegistered;
import io.duijie.contracts.LeadSource;
import io.duijie.contracts.LeadStage;
import io.duijie.contracts.LeadStageChanged;
import io.duijie.contracts.Region;
import io.duijie.intake.leads.InvalidLeadException.Violation;
import io.duijie.intake.profiles.IntakeEventPublisher;
import io.duijie.intake.profiles.ProfileKind;
import io.duijie.intake.profiles.ProfileStore;
import io.duijie.intake.profiles.ProfileView;
import io.duijie.intake.reference.RegionDirectory;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Registers leads and records their changes: validate every field, build the event with
 * the lead's next version, publish it and wait for the broker's acknowledgement, and only
 * then make the new state current in Redis. Changes of one lead are serialised in this
 * process, so its versions reach the partition in order. Nothing is published when a
 * request is invalid.
 */
@Service
public class LeadService {

	static final long MAX_AMOUNT_CNY = 10_000_000_000_000L;

	static final int MAX_ID = 200;

	static final int MAX_NAME = 200;

	static final int MAX_STAFF = 100;

	static final int MAX_NOTE = 1000;

	/** Clocks of clients and servers differ a little. */
	private static final Duration SKEW = Duration.ofMinutes(5);

	private static final Logger logger = LoggerFactory.getLogger(LeadService.class);

	private static final int STRIPES = 64;

	private final LeadStore store;

	private final ProfileStore profiles;

	private final IntakeEventPublisher publisher;

	private final MeterRegistry meters;

	private final Clock clock = Clock.systemUTC();

	private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

	public LeadService(LeadStore store, ProfileStore profiles, IntakeEventPublisher publisher, MeterRegistry meters) {
		this.store = store;
		this.profiles = profiles;
		this.publisher = publisher;
		this.meters = meters;
		for (int i = 0; i < STRIPES; i++) {
			this.locks[i] = new ReentrantLock();
		}
	}

	Lead register(LeadRequests.Register request) {
		List<Violation> violations = new ArrayList<>();
		String enterpriseId = text(request.enterpriseId(), "enterpriseId", MAX_ID, true, violations);
		String enterpriseName = text(request.enterpriseName(), "enterpriseName", MAX_NAME, false, violations);
		String cluster = text(request.cluster(), "cluster", MAX_NAME, false, violations);
		String parkName = text(request.parkName(), "parkName", MAX_NAME, false, violations);
		String fairId = text(request.fairId(), "fairId", MAX_ID, false, violations);
		String matchId = text(request.matchId(), "matchId", MAX_ID * 2 + 1, false, violations);
		String owner = text(request.owner(), "owner", MAX_STAFF, false, violations);
		String by = text(request.by(), "by", MAX_STAFF, true, violations);
		String note = text(request.note(), "note", MAX_NOTE, false, violations);
		Instant now = now();
		Instant at = at(request.at(), now, null, violations);
		LeadSource source = oneOf(request.source(), "source", LeadSource.class, LeadSource.MANUAL, violations);
		if (source == LeadSource.FAIR && fairId == null && request.fairId() == null) {
			violations.add(Violation.of("fairId", "fairId.required"));
		}
		if (source == LeadSource.MATCH && matchId == null && request.matchId() == null) {
			violations.add(Violation.of("matchId", "matchId.required"));
		}
		if (matchId != null && !matchId.matches(".+~.+")) {
			violations.add(Violation.of("matchId", "matchId.invalid"));
		}
		else if (matchId != null && enterpriseId != null && !matchId.startsWith(enterpriseId + "~")) {
			violations.add(Violation.of("matchId", "matchId.otherEnterprise"));
		}
		Region city = null;
		String cityText = text(request.city(), "city", MAX_NAME, false, violations);
		if (cityText != null) {
			city = RegionDirectory.standard().resolve(cityText).orElse(null);
			if (city == null) {
				violations.add(Violation.of("city", "region.unknown"));
			}
		}
		Optional<ProfileView<EnterpriseProfile>> enterprise = (enterpriseId != null)
				? this.profiles.find(ProfileKind.ENTERPRISE, enterpriseId, EnterpriseProfile.class) : Optional.empty();
		if (enterpriseId != null && enterprise.isEmpty()) {
			violations.add(Violation.of("enterpriseId", "enterpriseId.unknown"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidLeadException(violations);
		}
		EnterpriseProfile profile = enterprise.orElseThrow().profile();
		String leadId = "lead-" + UUID.randomUUID();
		LeadRegistered event = new LeadRegistered(UUID.randomUUID().toString(), now, leadId, 1, enterpriseId,
				(enterpriseName != null) ? enterpriseName : profile.name(), (city != null) ? city : profile.region(),
				cluster, parkName, source, fairId, matchId, (owner != null) ? owner : by, by, at, note);
		return locked(leadId, () -> {
			this.publisher.publish(event);
			Lead lead = Lead.registered(event);
			this.store.save(lead);
			count(event);
			logger.info("Lead {} registered for enterprise {}", leadId, enterpriseId);
			return lead;
		});
	}

	Lead move(String id, LeadRequests.Stage request) {
		List<Violation> violations = new ArrayList<>();
		String by = text(request.by(), "by", MAX_STAFF, true, violations);
		String note = text(request.note(), "note", MAX_NOTE, false, violations);
		LeadStage to = oneOf(request.stage(), "stage", LeadStage.class, null, violations);
		if (request.stage() == null || request.stage().isBlank()) {
			violations.add(Violation.of("stage", "required"));
		}
		return change(id, violations, (lead, now) -> {
			Instant at = at(request.at(), now, lead.registeredAt(), violations);
			if (to != null) {
				violations.addAll(Pipeline.move(lead.stage(), to, note));
			}
			return (to == null) ? null : new LeadStageChanged(UUID.randomUUID().toString(), now, id, lead.version() + 1,
					lead.enterpriseId(), lead.stage(), to, by(by), at, note);
		});
	}

	Lead record(String id, LeadRequests.Amount request) {
		List<Violation> violations = new ArrayList<>();
		String by = text(request.by(), "by", MAX_STAFF, true, violations);
		String note = text(request.note(), "note", MAX_NOTE, false, violations);
		AmountKind kind = null;
		Long amount = null;
		String field = "contractedCny";
		if ((request.contractedCny() == null) == (request.arrivedCny() == null)) {
			violations.add(Violation.of("contractedCny", "amount.exactlyOne"));
			violations.add(Violation.of("arrivedCny", "amount.exactlyOne"));
		}
		else {
			kind = (request.contractedCny() != null) ? AmountKind.CONTRACTED : AmountKind.ARRIVED;
			amount = (request.contractedCny() != null) ? request.contractedCny() : request.arrivedCny();
			field = (kind == AmountKind.CONTRACTED) ? "contractedCny" : "arrivedCny";
			if (amount <= 0) {
				violations.add(Violation.of(field, "amount.positive"));
			}
			else if (amount > MAX_AMOUNT_CNY) {
				violations.add(Violation.of(field, "amount.tooLarge", MAX_AMOUNT_CNY));
			}
		}
		AmountKind amountKind = kind;
		Long amountCny = amount;
		String amountField = field;
		return change(id, violations, (lead, now) -> {
			Instant at = at(request.at(), now, lead.registeredAt(), violations);
			if (amountKind == null || amountCny == null) {
				return null;
			}
			if (violations.stream().noneMatch((v) -> v.field().equals(amountField))) {
				violations.addAll(Pipeline.amount(lead.stage(), amountKind, amountField));
			}
			return new LeadAmountRecorded(UUID.randomUUID().toString(), now, id, lead.version() + 1,
					lead.enterpriseId(), amountKind, amountCny, by(by), at, note);
		});
	}

	Lead handOver(String id, LeadRequests.Handover request) {
		List<Violation> violations = new ArrayList<>();
		String to = text(request.to(), "to", MAX_STAFF, true, violations);
		String by = text(request.by(), "by", MAX_STAFF, true, violations);
		String note = text(request.note(), "note", MAX_NOTE, false, violations);
		return change(id, violations, (lead, now) -> {
			if (to == null) {
				return null;
			}
			if (to.equals(lead.owner())) {
				violations.add(Violation.of("to", "handover.sameOwner"));
			}
			return new LeadHandedOver(UUID.randomUUID().toString(), now, id, lead.version() + 1, lead.enterpriseId(),
					lead.owner(), to, by(by), now, note);
		});
	}

	public Lead find(String id) {
		return this.store.find(id).orElseThrow(() -> new LeadNotFoundException(id));
	}

	/**
	 * The leads that pass every given filter, most recently changed first.
	 * @param city a GB/T 2260 code or name of the source city
	 */
	List<Lead> list(@Nullable String stage, @Nullable String owner, @Nullable String cluster, @Nullable String city) {
		List<Violation> violations = new ArrayList<>();
		LeadStage wanted = oneOf(stage, "stage", LeadStage.class, null, violations);
		Region region = null;
		if (city != null && !city.isBlank()) {
			region = RegionDirectory.standard().resolve(city).orElse(null);
			if (region == null) {
				violations.add(Violation.of("city", "region.unknown"));
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidLeadException(violations);
		}
		String cityCode = (region != null) ? region.code() : null;
		return this.store.all()
			.stream()
			.filter((lead) -> wanted == null || lead.stage() == wanted)
			.filter((lead) -> blank(owner) || lead.owner().equals(owner.strip()))
			.filter((lead) -> blank(cluster) || cluster.strip().equals(lead.cluster()))
			.filter((lead) -> cityCode == null || (lead.city() != null && cityCode.equals(lead.city().code())))
			.sorted(Comparator.comparing(Lead::updatedAt).reversed().thenComparing(Lead::id))
			.toList();
	}

	@FunctionalInterface
	private interface Change {

		/** The event of the change, adding violations of the lead's state. */
		@Nullable LeadEvent event(Lead lead, Instant now);

	}

	private Lead change(String id, List<Violation> violations, Change change) {
		return locked(id, () -> {
			Lead lead = find(id);
			LeadEvent event = change.event(lead, now());
			if (!violations.isEmpty() || event == null) {
				throw new InvalidLeadException(violations);
			}
			this.publisher.publish(event);
			Lead changed = lead.apply(event);
			this.store.save(changed);
			count(event);
			logger.info("Lead {} version {}: {}", id, event.version(), event.getClass().getSimpleName());
			return changed;
		});
	}

	/**
	 * {@code duijie.intake.lead.events} by {@code type} (registered, stage_changed,
	 * amount_recorded, handed_over) and, for stage changes, the stage {@code to}.
	 */
	private void count(LeadEvent event) {
		String type;
		if (event instanceof LeadRegistered) {
			type = "registered";
		}
		else if (event instanceof LeadStageChanged) {
			type = "stage_changed";
		}
		else if (event instanceof LeadAmountRecorded) {
			type = "amount_recorded";
		}
		else {
			type = "handed_over";
		}
		String to = (event instanceof LeadStageChanged changed) ? changed.to().name() : "-";
		this.meters.counter("duijie.intake.lead.events", "type", type, "to", to).increment();
	}

	private <T> T locked(String id, Supplier<T> action) {
		ReentrantLock lock = this.locks[Math.floorMod(id.hashCode(), STRIPES)];
		lock.lock();
		try {
			return action.get();
		}
		finally {
			lock.unlock();
		}
	}

	private Instant now() {
		return this.clock.instant();
	}

	/** {@code by}, or a placeholder when it is missing: the request is refused anyway. */
	private static String by(@Nullable String by) {
		return (by != null) ? by : "";
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	/**
	 * Stripped text, {@code null} if absent or blank; a violation if required or too
	 * long.
	 */
	private static @Nullable String text(@Nullable String value, String field, int max, boolean required,
			List<Violation> violations) {
		String text = (value != null) ? value.strip() : null;
		if (text == null || text.isEmpty()) {
			if (required) {
				violations.add(Violation.of(field, "required"));
			}
			return null;
		}
		if (text.length() > max) {
			violations.add(Violation.of(field, "tooLong", max));
			return null;
		}
		return text;
	}

	private static <E extends Enum<E>> @Nullable E oneOf(@Nullable String value, String field, Class<E> type,
			@Nullable E absent, List<Violation> violations) {
		if (value == null || value.isBlank()) {
			return absent;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException ex) {
			violations.add(Violation.of(field, "oneOf",
					Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
			return null;
		}
	}

	private static Instant at(@Nullable String value, Instant now, @Nullable Instant notBefore,
			List<Violation> violations) {
		if (value == null || value.isBlank()) {
			return now;
		}
		Instant at;
		try {
			at = OffsetDateTime.parse(value.strip()).toInstant();
		}
		catch (DateTimeParseException ex) {
			violations.add(Violation.of("at", "at.invalid"));
			return now;
		}
		if (at.isAfter(now.plus(SKEW))) {
			violations.add(Violation.of("at", "at.future"));
		}
		else if (notBefore != null && at.isBefore(notBefore)) {
			violations.add(Violation.of("at", "at.beforeRegistration", notBefore.toString()));
		}
		return at;
	}

}

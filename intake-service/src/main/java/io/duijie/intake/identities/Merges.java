package io.duijie.intake.identities;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.duijie.contracts.EnterpriseProfile;
import io.duijie.contracts.EnterpriseProfileSubmitted;
import io.duijie.contracts.EnterpriseProfileWithdrawn;
import io.duijie.intake.profiles.IntakeEventPublisher;
import io.duijie.intake.profiles.ProfileIntake;
import io.duijie.intake.profiles.ProfileKind;
import io.duijie.intake.profiles.ProfileStore;
import io.duijie.intake.profiles.ProfileView;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Merges a duplicate enterprise into a surviving one, keeping history: first the survivor
 * gets a new version whose {@code aliases} hold the duplicate's names (Chinese, English
 * and its own aliases), then the duplicate is withdrawn with {@code mergedInto}, by whom
 * and why ({@code EnterpriseProfileWithdrawn}, no tombstone after it, so the pointer
 * stays on the compacted topic). Both are acknowledged by the broker before the store
 * changes; a merge retried after a failure half-way finds the aliases already there and
 * only withdraws. Merges are serialised in this process.
 */
@Service
class Merges {

	private static final Logger logger = LoggerFactory.getLogger(Merges.class);

	private static final ProfileKind KIND = ProfileKind.ENTERPRISE;

	private final ProfileIntake intake;

	private final ProfileStore store;

	private final IntakeEventPublisher publisher;

	private final IdentityIndex index;

	private final Clock clock = Clock.systemUTC();

	private final Object lock = new Object();

	Merges(ProfileIntake intake, ProfileStore store, IntakeEventPublisher publisher, IdentityIndex index) {
		this.intake = intake;
		this.store = store;
		this.publisher = publisher;
		this.index = index;
	}

	/**
	 * What a merge did.
	 *
	 * @param id the merged enterprise
	 * @param mergedInto the survivor
	 * @param version the version of the merged enterprise's withdrawal
	 * @param survivorVersion the survivor's current version, with the aliases
	 * @param aliases the survivor's aliases now
	 */
	record Merged(String id, String mergedInto, long version, long survivorVersion, List<String> aliases) {
	}

	Merged merge(String id, @Nullable String into, @Nullable String by, @Nullable String note) {
		List<IdentityProblem.FieldError> errors = new ArrayList<>();
		String target = (into != null) ? into.strip() : "";
		if (target.isEmpty()) {
			errors.add(new IdentityProblem.FieldError("into", "required", "必填", "is required"));
		}
		else if (target.equals(id)) {
			errors.add(new IdentityProblem.FieldError("into", "merge.self", "不能合并到自身",
					"must be another enterprise than the one merged"));
		}
		if (by != null && by.length() > 64) {
			errors.add(new IdentityProblem.FieldError("by", "tooLong", "过长（最多 64 个字符）", "is too long (at most 64)"));
		}
		if (note != null && note.length() > 500) {
			errors
				.add(new IdentityProblem.FieldError("note", "tooLong", "过长（最多 500 个字符）", "is too long (at most 500)"));
		}
		if (!errors.isEmpty()) {
			throw IdentityProblem.invalid(errors);
		}
		synchronized (this.lock) {
			ProfileView<EnterpriseProfile> merged = current(id, "id");
			ProfileView<EnterpriseProfile> survivor = current(target, "into");
			List<String> aliases = aliases(survivor.profile(), merged.profile());
			long survivorVersion = survivor.version();
			if (!aliases.equals(Optional.ofNullable(survivor.profile().aliases()).orElse(List.of()))) {
				survivorVersion = this.intake
					.submit(KIND, target, survivor.profile().withAliases(aliases), EnterpriseProfileSubmitted::new)
					.version();
			}
			long version = this.store.reserveWithdrawal(KIND, id).orElseThrow(() -> IdentityProblem.unknown("id", id));
			EnterpriseProfileWithdrawn withdrawn = new EnterpriseProfileWithdrawn(UUID.randomUUID().toString(), now(),
					id, version, target, trimToNull(by), trimToNull(note));
			this.publisher.publish(withdrawn);
			this.store.remove(KIND, id, version, withdrawn);
			logger.info("Merged enterprise {} into {} (withdrawal version {})", id, target, version);
			return new Merged(id, target, version, survivorVersion, aliases);
		}
	}

	private ProfileView<EnterpriseProfile> current(String id, String field) {
		Optional<ProfileView<EnterpriseProfile>> view = this.store.find(KIND, id, EnterpriseProfile.class);
		if (view.isPresent()) {
			return view.get();
		}
		Optional<IdentityIndex.MergeRecord> merge = this.index.merge(id);
		if (merge.isPresent()) {
			throw field.equals("id") ? IdentityProblem.alreadyMerged(id, merge.get().mergedInto())
					: IdentityProblem.survivorMerged(id, merge.get().mergedInto());
		}
		throw IdentityProblem.unknown(field, id);
	}

	/**
	 * The survivor's aliases, then the merged one's names and aliases, without the
	 * survivor's own names or repeats.
	 */
	static List<String> aliases(EnterpriseProfile survivor, EnterpriseProfile merged) {
		Set<String> own = new LinkedHashSet<>();
		own.add(survivor.name());
		if (survivor.nameEn() != null) {
			own.add(survivor.nameEn());
		}
		Set<String> aliases = new LinkedHashSet<>();
		if (survivor.aliases() != null) {
			aliases.addAll(survivor.aliases());
		}
		aliases.add(merged.name());
		if (merged.nameEn() != null) {
			aliases.add(merged.nameEn());
		}
		if (merged.aliases() != null) {
			aliases.addAll(merged.aliases());
		}
		aliases.removeAll(own);
		return List.copyOf(aliases);
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	private static @Nullable String trimToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}

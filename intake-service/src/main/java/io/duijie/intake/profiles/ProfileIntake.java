package io.duijie.intake.profiles;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

import io.duijie.contracts.DuijieEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Submits and withdraws profiles of every kind: reserve a version, publish, wait for the
 * broker's acknowledgement, then make it current in the store. Requests for the same id
 * are serialised in this process so that versions reach the partition in order. Counts
 * {@code duijie.intake.submissions} (outcome {@code accepted}) and
 * {@code duijie.intake.withdrawals}; the rejections are counted where they are answered.
 */
@Service
public class ProfileIntake {

	private static final Logger logger = LoggerFactory.getLogger(ProfileIntake.class);

	private static final int STRIPES = 64;

	private final ProfileStore store;

	private final IntakeEventPublisher publisher;

	private final IntakeMetrics metrics;

	private final Clock clock = Clock.systemUTC();

	private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

	public ProfileIntake(ProfileStore store, IntakeEventPublisher publisher, IntakeMetrics metrics) {
		this.store = store;
		this.publisher = publisher;
		this.metrics = metrics;
		for (int i = 0; i < STRIPES; i++) {
			this.locks[i] = new ReentrantLock();
		}
	}

	/**
	 * Builds the submitted event of a kind, e.g. {@code EnterpriseProfileSubmitted::new}.
	 */
	@FunctionalInterface
	public interface SubmittedEvent<P> {

		DuijieEvent create(String eventId, Instant occurredAt, String id, long version, P profile);

	}

	/**
	 * Builds the withdrawn event of a kind, e.g. {@code EnterpriseProfileWithdrawn::new}.
	 */
	@FunctionalInterface
	public interface WithdrawnEvent {

		DuijieEvent create(String eventId, Instant occurredAt, String id, long version);

	}

	/**
	 * Publishes a new version of a profile and makes it current once the broker
	 * acknowledged it.
	 * @throws BrokerUnavailableException if the broker did not acknowledge in time
	 */
	public <P> Accepted submit(ProfileKind kind, String id, P profile, SubmittedEvent<P> events) {
		ReentrantLock lock = lock(id);
		lock.lock();
		try {
			long version = this.store.reserveVersion(kind, id);
			Instant now = now();
			this.publisher.publish(events.create(UUID.randomUUID().toString(), now, id, version, profile));
			this.store.save(kind, new ProfileView<>(id, version, profile, now));
			this.metrics.submission(kind, IntakeMetrics.ACCEPTED);
			logger.info("Accepted {} {} version {}", kind.tag(), id, version);
			return new Accepted(id, version);
		}
		finally {
			lock.unlock();
		}
	}

	/**
	 * Publishes the withdrawn event and then a tombstone, both acknowledged, and forgets
	 * the profile.
	 * @throws ProfileNotFoundException if there is no current profile with that id
	 * @throws BrokerUnavailableException if the broker did not acknowledge in time
	 */
	public Accepted withdraw(ProfileKind kind, String id, WithdrawnEvent events) {
		ReentrantLock lock = lock(id);
		lock.lock();
		try {
			long version = this.store.reserveWithdrawal(kind, id)
				.orElseThrow(() -> new ProfileNotFoundException(kind, id));
			this.publisher.publish(events.create(UUID.randomUUID().toString(), now(), id, version));
			this.publisher.publishTombstone(kind.topic(), id);
			this.store.remove(kind, id, version);
			this.metrics.withdrawal(kind, IntakeMetrics.ACCEPTED);
			logger.info("Withdrew {} {} at version {}", kind.tag(), id, version);
			return new Accepted(id, version);
		}
		finally {
			lock.unlock();
		}
	}

	/**
	 * The current version of a profile.
	 * @throws ProfileNotFoundException if there is none
	 */
	public <P> ProfileView<P> find(ProfileKind kind, String id, Class<P> profileType) {
		return this.store.find(kind, id, profileType).orElseThrow(() -> new ProfileNotFoundException(kind, id));
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	private ReentrantLock lock(String id) {
		return this.locks[Math.floorMod(id.hashCode(), STRIPES)];
	}

}

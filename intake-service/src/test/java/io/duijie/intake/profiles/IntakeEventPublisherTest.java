package io.duijie.intake.profiles;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

import io.duijie.contracts.EnterpriseProfileWithdrawn;
import io.duijie.contracts.Topics;
import io.duijie.intake.system.IntakeProperties;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The publisher's contract with its caller, on a stubbed template (the integration tests
 * use the real broker): an acknowledgement that does not come in time, or a refusal, is a
 * {@link BrokerUnavailableException}.
 */
class IntakeEventPublisherTest {

	@SuppressWarnings("unchecked")
	private final KafkaTemplate<String, Object> kafka = mock(KafkaTemplate.class);

	private final IntakeEventPublisher publisher = new IntakeEventPublisher(this.kafka,
			new IntakeProperties(DataSize.ofKilobytes(256), Duration.ofMillis(50)));

	private final EnterpriseProfileWithdrawn event = new EnterpriseProfileWithdrawn("e1", Instant.now(), "id-1", 2);

	@Test
	@SuppressWarnings("unchecked")
	void sendsTheEventToItsTopicUnderItsKey() {
		when(this.kafka.send(any(ProducerRecord.class)))
			.thenReturn(CompletableFuture.completedFuture(mock(SendResult.class)));
		this.publisher.publish(this.event);
		ArgumentCaptor<ProducerRecord<String, Object>> record = ArgumentCaptor.forClass(ProducerRecord.class);
		verify(this.kafka).send(record.capture());
		assertThat(record.getValue().topic()).isEqualTo(Topics.ENTERPRISE_PROFILES);
		assertThat(record.getValue().key()).isEqualTo("id-1");
		assertThat(record.getValue().value()).isSameAs(this.event);
	}

	@Test
	@SuppressWarnings("unchecked")
	void aTombstoneHasANullValue() {
		when(this.kafka.send(any(ProducerRecord.class)))
			.thenReturn(CompletableFuture.completedFuture(mock(SendResult.class)));
		this.publisher.publishTombstone(Topics.INVESTOR_PROFILES, "id-2");
		ArgumentCaptor<ProducerRecord<String, Object>> record = ArgumentCaptor.forClass(ProducerRecord.class);
		verify(this.kafka).send(record.capture());
		assertThat(record.getValue().key()).isEqualTo("id-2");
		assertThat(record.getValue().value()).isNull();
	}

	@Test
	@SuppressWarnings("unchecked")
	void noAcknowledgementInTimeIsBrokerUnavailable() {
		when(this.kafka.send(any(ProducerRecord.class))).thenReturn(new CompletableFuture<>());
		assertThatExceptionOfType(BrokerUnavailableException.class).isThrownBy(() -> this.publisher.publish(this.event))
			.withMessageContaining("within PT0.05S");
	}

	@Test
	@SuppressWarnings("unchecked")
	void aRefusalIsBrokerUnavailable() {
		when(this.kafka.send(any(ProducerRecord.class)))
			.thenReturn(CompletableFuture.failedFuture(new NotEnoughReplicasException("1 of 3")));
		assertThatExceptionOfType(BrokerUnavailableException.class).isThrownBy(() -> this.publisher.publish(this.event))
			.withCauseInstanceOf(NotEnoughReplicasException.class);
	}

}

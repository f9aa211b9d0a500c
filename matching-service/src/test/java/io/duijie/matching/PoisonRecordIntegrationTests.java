package io.duijie.matching;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.duijie.contracts.EventType;
import io.duijie.contracts.MatchEvent;
import io.duijie.contracts.MatchProposed;
import io.duijie.contracts.Topics;
import io.duijie.testsupport.KafkaProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Records matching-service can never process go to {@code enterprise-profiles-dlt} on
 * their first attempt, with the reason in a header, and do not block the records behind
 * them.
 */
@MatchingServiceTest
class PoisonRecordIntegrationTests {

	@BeforeAll
	static void topics() {
		TestProfiles.createProfileTopics();
	}

	@Test
	void poisonRecordsAreDeadLetteredAndTheNextRecordOnTheKeyIsProcessed() {
		String counterpartId = TestProfiles.unique("cp-poison");
		String enterpriseId = TestProfiles.unique("ent-poison");
		TestProfiles.send(TestProfiles.newMaterialsCluster(counterpartId, 1));
		String submitted = EventType.ENTERPRISE_PROFILE_SUBMITTED.type();
		byte[] valid = TestProfiles.JSON.writeValueAsBytes(
				TestProfiles.enterprise(enterpriseId, 1, "示例·铝业", "主营铝型材。", List.of("3252"), TestProfiles.foshan()));

		// (a) garbage bytes with valid-looking ce headers
		KafkaProbe.send(Topics.ENTERPRISE_PROFILES, enterpriseId, ceHeaders(submitted),
				new byte[] { (byte) 0xff, 0x00, (byte) 0xfe, 0x13, 0x37 });
		// (b) an unknown ce_type on a valid payload
		KafkaProbe.send(Topics.ENTERPRISE_PROFILES, enterpriseId, ceHeaders("io.duijie.enterprise.profile.exploded.v1"),
				valid);
		// (c) JSON that breaks the schema: version 0, no profile
		KafkaProbe.send(Topics.ENTERPRISE_PROFILES, enterpriseId, ceHeaders(submitted),
				("{\"eventId\":\"x\",\"occurredAt\":\"2025-06-18T10:00:00Z\",\"enterpriseId\":\"" + enterpriseId
						+ "\",\"version\":0}")
					.getBytes(StandardCharsets.UTF_8));
		// then a valid record on the same key, so the same partition
		KafkaProbe.send(Topics.ENTERPRISE_PROFILES, enterpriseId, ceHeaders(submitted), valid);

		List<ConsumerRecord<String, byte[]>> dead = KafkaProbe.awaitRecords(
				Topics.deadLetter(Topics.ENTERPRISE_PROFILES), (seen) -> ofKey(seen, enterpriseId).size() >= 3);
		List<ConsumerRecord<String, byte[]>> ours = ofKey(dead, enterpriseId);
		assertThat(ours).hasSize(3);
		assertThat(ours).extracting((r) -> KafkaProbe.header(r, "kafka_dlt-exception-message"))
			.satisfiesExactly((reason) -> assertThat(reason).containsIgnoringCase("not JSON"),
					(reason) -> assertThat(reason).contains("Unknown ce_type"),
					(reason) -> assertThat(reason).contains("does not match its schema"));
		assertThat(ours).allSatisfy((r) -> {
			assertThat(KafkaProbe.header(r, "kafka_dlt-original-topic")).isEqualTo(Topics.ENTERPRISE_PROFILES);
			int originalPartition = ByteBuffer.wrap(r.headers().lastHeader("kafka_dlt-original-partition").value())
				.getInt();
			assertThat(r.partition()).isEqualTo(originalPartition);
		});
		assertThat(ours.get(0).value()).containsExactly((byte) 0xff, 0x00, (byte) 0xfe, 0x13, 0x37);

		// the valid record behind them was processed: its match appears
		String matchId = MatchEvent.matchId(enterpriseId, counterpartId);
		MatchProposed proposed = TestProfiles.proposed(KafkaProbe.awaitRecord(Topics.MATCHES, matchId));
		assertThat(proposed.revision()).isEqualTo("e1-p1");
	}

	private static Map<String, String> ceHeaders(String ceType) {
		return TestProfiles.headers(ceType, UUID.randomUUID().toString(), "poison");
	}

	private static List<ConsumerRecord<String, byte[]>> ofKey(List<ConsumerRecord<String, byte[]>> records,
			String key) {
		return records.stream().filter((r) -> key.equals(r.key())).toList();
	}

}

package io.duijie.intake;

import java.net.http.HttpResponse;

import io.duijie.contracts.CloudEventHeaders;
import io.duijie.contracts.EventType;
import io.duijie.contracts.Topics;
import io.duijie.contracts.EventSchemas;
import io.duijie.testsupport.KafkaProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counterparts and investors end to end on the real broker and Redis.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PartnerIntakeIntegrationTest {

	@LocalServerPort
	private int port;

	private Http http;

	@BeforeEach
	void client() {
		this.http = new Http(this.port);
	}

	@Test
	void aSpaceWithoutItsSpaceIsRefused() {
		HttpResponse<String> response = this.http.post("/api/counterparts",
				TestProfiles.spaceWithoutSpace("示例·闲置厂房" + TestProfiles.unique()));
		assertThat(response.statusCode()).isEqualTo(400);
		JsonNode problem = Http.json(response);
		assertThat(problem.path("type").asString()).isEqualTo("https://duijie.io/problems/invalid-profile");
		assertThat(problem.at("/errors/0/field").asString()).isEqualTo("space");
		assertThat(problem.at("/errors/0/code").asString()).isEqualTo("space.required");
	}

	@Test
	void publishesAParkIndustryCluster() {
		String name = "新材料" + TestProfiles.unique();
		HttpResponse<String> response = this.http.post("/api/counterparts", TestProfiles.parkIndustry(name));
		assertThat(response.statusCode()).isEqualTo(202);
		String id = Http.json(response).path("id").asString();
		assertThat(response.headers().firstValue("Location")).hasValue("/api/counterparts/" + id);

		ConsumerRecord<String, byte[]> record = KafkaProbe.awaitRecord(Topics.COUNTERPART_PROFILES, id);
		String type = KafkaProbe.header(record, CloudEventHeaders.TYPE);
		assertThat(type).isEqualTo(EventType.COUNTERPART_PROFILE_SUBMITTED.type());
		EventSchemas.assertValid(type, record.value());
		JsonNode event = Http.json(record.value());
		assertThat(event.path("counterpartId").asString()).isEqualTo(id);
		assertThat(event.at("/profile/kind").asString()).isEqualTo("PARK_INDUSTRY");
		assertThat(event.at("/profile/region/name").asString()).isEqualTo("清远市");

		JsonNode view = Http.json(this.http.get("/api/counterparts/" + id));
		assertThat(view.path("version").asLong()).isEqualTo(1);
		assertThat(view.at("/profile/industryCodes").toString()).isEqualTo("[\"3240\",\"3252\"]");
		assertThat(view.at("/profile/keywords").toString()).isEqualTo("[\"铝型材\",\"铝合金\"]");
		assertThat(view.at("/profile/space").isNull()).isTrue();

		// same kind, park and name: a new version of the same counterpart
		JsonNode again = Http.json(this.http.post("/api/counterparts", TestProfiles.parkIndustry(name)));
		assertThat(again.path("id").asString()).isEqualTo(id);
		assertThat(again.path("version").asLong()).isEqualTo(2);
	}

	@Test
	void publishesAClustersIndustryChainAsTheSchemaDescribesIt() {
		HttpResponse<String> response = this.http.post("/api/counterparts",
				TestProfiles.parkIndustryWithChain("新材料" + TestProfiles.unique()));
		assertThat(response.statusCode()).isEqualTo(202);
		String id = Http.json(response).path("id").asString();

		ConsumerRecord<String, byte[]> record = KafkaProbe.awaitRecord(Topics.COUNTERPART_PROFILES, id);
		EventSchemas.assertValid(KafkaProbe.header(record, CloudEventHeaders.TYPE), record.value());
		JsonNode links = Http.json(record.value()).at("/profile/chainLinks");
		assertThat(links).hasSize(3);
		assertThat(links.get(0).toString())
			.isEqualTo("{\"name\":\"铝锭熔铸\",\"position\":\"UPSTREAM\",\"keywords\":[\"铝锭\",\"铝棒\"],\"residents\":[]}");
		assertThat(links.get(1).path("residents").toString()).isEqualTo("[\"示例华豪铝业\"]");
		assertThat(links.get(2).path("name").asString()).isEqualTo("表面处理");

		JsonNode view = Http.json(this.http.get("/api/counterparts/" + id));
		assertThat(view.at("/profile/chainLinks")).isEqualTo(links);
	}

	@Test
	void publishesAMakerspaceWithItsPower() {
		HttpResponse<String> response = this.http.post("/api/counterparts",
				TestProfiles.space("示例·众创空间" + TestProfiles.unique(), "MAKERSPACE"));
		assertThat(response.statusCode()).isEqualTo(202);
		String id = Http.json(response).path("id").asString();

		ConsumerRecord<String, byte[]> record = KafkaProbe.awaitRecord(Topics.COUNTERPART_PROFILES, id);
		EventSchemas.assertValid(KafkaProbe.header(record, CloudEventHeaders.TYPE), record.value());
		JsonNode profile = Http.json(record.value()).path("profile");
		assertThat(profile.at("/space/type").asString()).isEqualTo("MAKERSPACE");
		assertThat(profile.at("/space/powerKva").asLong()).isEqualTo(630);
		assertThat(profile.path("chainLinks").toString()).isEqualTo("[]");
	}

	@Test
	void publishesAnInvestor() {
		String name = "示例基金" + TestProfiles.unique();
		HttpResponse<String> response = this.http.post("/api/investors", TestProfiles.investor(name));
		assertThat(response.statusCode()).isEqualTo(202);
		String id = Http.json(response).path("id").asString();
		assertThat(response.headers().firstValue("Location")).hasValue("/api/investors/" + id);

		ConsumerRecord<String, byte[]> record = KafkaProbe.awaitRecord(Topics.INVESTOR_PROFILES, id);
		String type = KafkaProbe.header(record, CloudEventHeaders.TYPE);
		assertThat(type).isEqualTo(EventType.INVESTOR_PROFILE_SUBMITTED.type());
		EventSchemas.assertValid(type, record.value());
		assertThat(KafkaProbe.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(id);

		JsonNode view = Http.json(this.http.get("/api/investors/" + id));
		assertThat(view.at("/profile/name").asString()).isEqualTo(name);
		assertThat(view.at("/profile/regionCodes").toString()).isEqualTo("[\"441800\",\"440100\",\"440300\"]");
		assertThat(view.at("/profile/industryCodes").toString()).isEqualTo("[\"3240\",\"3252\"]");
		assertThat(view.at("/profile/stages").toString()).isEqualTo("[\"STARTUP\",\"GROWTH\"]");
		assertThat(view.at("/profile/ticketMaxCny").asLong()).isEqualTo(50_000_000L);
	}

}

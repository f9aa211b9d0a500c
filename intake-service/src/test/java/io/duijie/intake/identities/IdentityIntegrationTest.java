package io.duijie.intake.identities;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.duijie.contracts.CloudEventHeaders;
import io.duijie.contracts.EventSchemas;
import io.duijie.contracts.EventType;
import io.duijie.contracts.Topics;
import io.duijie.intake.Http;
import io.duijie.intake.IsolatedIntake;
import io.duijie.intake.TestProfiles;
import io.duijie.testsupport.KafkaProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Greater Bay Area identity on the real broker and Redis: one company entered in
 * Simplified, Traditional and English names, and one Hong Kong registration written with
 * and without leading zeros, are listed as likely duplicates with their reasons; a merge
 * keeps the duplicate's names as the survivor's aliases, withdraws the duplicate with a
 * pointer (on the topic, without a tombstone) and answers its GET with a 301; bad merges
 * are problems in both languages; an emptied Redis gets the index and the pointers back
 * from the topic.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class IdentityIntegrationTest {

	private static final int DATABASE = 10;

	@LocalServerPort
	private int port;

	private Http http;

	@BeforeEach
	void client() {
		this.http = new Http(this.port);
	}

	@Test
	void duplicatesAreFoundMergedWithHistoryAndRebuilt() {
		String u = TestProfiles.unique();
		String simplified = submit(enterprise("深圳市大疆创新科技" + u + "有限公司", "SZ DJI Technology " + u + " Co., Ltd.",
				TestProfiles.creditCode(), "深圳"));
		String traditional = submit(enterprise("深圳市大疆創新科技" + u + "有限公司", null, TestProfiles.creditCode(), "深圳"));
		String english = submit(
				enterprise("大疆香港" + u + "有限公司", "DJI Technology " + u + " (Hong Kong) Limited", "7" + digits(u), "香港"));
		String zeros = submit(enterprise("示例·港岛贸易" + u + "有限公司", null, "0" + digits(u), "香港"));
		String noZeros = submit(enterprise("示例·九龙贸易" + u + "有限公司", null, digits(u), "香港"));
		String other = submit(enterprise("深圳市大族激光" + u + "有限公司", null, TestProfiles.creditCode(), "深圳"));

		List<JsonNode> groups = groups(simplified, traditional, english, zeros, noZeros, other);
		assertThat(groups).extracting((g) -> ids(g) + " " + reasons(g))
			.containsExactlyInAnyOrder(sorted(simplified, traditional) + " [SAME_NAME]",
					sorted(simplified, english) + " [SAME_ENGLISH_NAME]",
					sorted(zeros, noZeros) + " [SAME_REGISTRATION]");
		JsonNode byName = groups.stream().filter((g) -> reasons(g).contains("SAME_NAME")).findFirst().orElseThrow();
		assertThat(byName.at("/reasons/0/value").asString()).isEqualTo("大疆创新科技" + u);
		assertThat(byName.at("/reasons/0/zh").asString()).contains("繁简");
		assertThat(byName.get("enterprises")).extracting((e) -> e.get("name").asString())
			.containsExactlyInAnyOrder("深圳市大疆创新科技" + u + "有限公司", "深圳市大疆創新科技" + u + "有限公司");

		// bad merges, in both languages
		HttpResponse<String> self = merge(traditional, "{\"into\":\"" + traditional + "\"}", "zh-CN");
		assertThat(self.statusCode()).isEqualTo(400);
		assertThat(self.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(Http.json(self).get("type").asString()).isEqualTo("https://duijie.io/problems/invalid-merge");
		assertThat(Http.json(self).get("title").asString()).isEqualTo("合并请求无效");
		assertThat(Http.json(self).at("/errors/0/field").asString()).isEqualTo("into");
		assertThat(Http.json(self).at("/errors/0/message").asString()).isEqualTo("不能合并到自身");
		HttpResponse<String> noInto = merge(traditional, "{\"by\":\"staff-qy-01\"}", "en");
		assertThat(Http.json(noInto).at("/errors/0/message").asString()).isEqualTo("is required");
		HttpResponse<String> unknown = merge("ent-nope-" + u, "{\"into\":\"" + simplified + "\"}", "en");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(Http.json(unknown).get("type").asString())
			.isEqualTo("https://duijie.io/problems/enterprise-not-found");
		assertThat(Http.json(unknown).get("field").asString()).isEqualTo("id");
		assertThat(Http.json(unknown).get("detail").asString()).isEqualTo("No enterprise ent-nope-" + u);
		HttpResponse<String> unknownInto = merge(traditional, "{\"into\":\"ent-nope-" + u + "\"}", "zh-CN");
		assertThat(unknownInto.statusCode()).isEqualTo(404);
		assertThat(Http.json(unknownInto).get("field").asString()).isEqualTo("into");
		assertThat(Http.json(unknownInto).get("title").asString()).isEqualTo("企业不存在");

		// the merge
		HttpResponse<String> merged = merge(traditional,
				"{\"into\":\"" + simplified + "\",\"by\":\"staff-qy-01\",\"note\":\"同一企业以繁体名称重复录入\"}", "en");
		assertThat(merged.statusCode()).isEqualTo(200);
		assertThat(Http.json(merged).get("mergedInto").asString()).isEqualTo(simplified);
		assertThat(Http.json(merged).get("survivorVersion").asLong()).isEqualTo(2);
		JsonNode survivor = Http.json(this.http.get("/api/enterprises/" + simplified));
		assertThat(survivor.get("version").asLong()).isEqualTo(2);
		assertThat(survivor.at("/profile/aliases")).extracting(JsonNode::asString)
			.containsExactly("深圳市大疆創新科技" + u + "有限公司");
		assertPointer(this.http, traditional, simplified);
		assertThat(groups(simplified, traditional, english, zeros, noZeros, other)).extracting((g) -> ids(g))
			.containsExactlyInAnyOrder(sorted(simplified, english), sorted(zeros, noZeros));

		// on the topic: the survivor's new version, then the withdrawal with its pointer,
		// the key's last record (no tombstone)
		List<ConsumerRecord<String, byte[]>> records = KafkaProbe.awaitRecords(Topics.ENTERPRISE_PROFILES,
				(seen) -> seen.stream()
					.anyMatch((r) -> traditional.equals(r.key()) && EventType.ENTERPRISE_PROFILE_WITHDRAWN.type()
						.equals(KafkaProbe.header(r, CloudEventHeaders.TYPE))));
		List<ConsumerRecord<String, byte[]>> ofTraditional = records.stream()
			.filter((r) -> traditional.equals(r.key()))
			.toList();
		ConsumerRecord<String, byte[]> last = ofTraditional.get(ofTraditional.size() - 1);
		assertThat(last.value()).isNotNull();
		EventSchemas.assertValid(KafkaProbe.header(last, CloudEventHeaders.TYPE), last.value());
		JsonNode withdrawn = Http.json(last.value());
		assertThat(withdrawn.get("mergedInto").asString()).isEqualTo(simplified);
		assertThat(withdrawn.get("by").asString()).isEqualTo("staff-qy-01");
		assertThat(withdrawn.get("note").asString()).isEqualTo("同一企业以繁体名称重复录入");
		ConsumerRecord<String, byte[]> survivorRecord = records.stream()
			.filter((r) -> simplified.equals(r.key()))
			.reduce((a, b) -> b)
			.orElseThrow();
		EventSchemas.assertValid(KafkaProbe.header(survivorRecord, CloudEventHeaders.TYPE), survivorRecord.value());
		assertThat(Http.json(survivorRecord.value()).at("/profile/aliases/0").asString())
			.isEqualTo("深圳市大疆創新科技" + u + "有限公司");

		// merging again, or into the merged one, is refused
		HttpResponse<String> again = merge(traditional, "{\"into\":\"" + simplified + "\"}", "en");
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(Http.json(again).get("type").asString()).isEqualTo("https://duijie.io/problems/merge-refused");
		assertThat(Http.json(again).get("reason").asString()).isEqualTo("ALREADY_MERGED");
		assertThat(Http.json(again).get("mergedInto").asString()).isEqualTo(simplified);
		assertThat(Http.json(again).get("detail").asString())
			.isEqualTo("Enterprise " + traditional + " was already merged into " + simplified);
		HttpResponse<String> intoMerged = merge(english, "{\"into\":\"" + traditional + "\"}", "zh-CN");
		assertThat(intoMerged.statusCode()).isEqualTo(409);
		assertThat(Http.json(intoMerged).get("reason").asString()).isEqualTo("SURVIVOR_MERGED");
		assertThat(Http.json(intoMerged).get("title").asString()).isEqualTo("无法合并");
		assertThat(Http.json(intoMerged).get("detail").asString()).contains("已合并到 " + simplified);

		// an emptied Redis gets the index and the pointer back from the topic
		IsolatedIntake.flush(DATABASE);
		ConfigurableApplicationContext restarted = IsolatedIntake.start(DATABASE, "intake-identity");
		try {
			Http rebuilt = new Http(IsolatedIntake.port(restarted));
			assertPointer(rebuilt, traditional, simplified);
			assertThat(groupsOf(rebuilt, simplified, traditional, english, zeros, noZeros, other))
				.extracting((g) -> ids(g) + " " + reasons(g))
				.containsExactlyInAnyOrder(sorted(simplified, english) + " [SAME_ENGLISH_NAME]",
						sorted(zeros, noZeros) + " [SAME_REGISTRATION]");
		}
		finally {
			restarted.close();
		}
	}

	private static void assertPointer(Http http, String merged, String survivor) {
		HttpResponse<String> gone = http.get("/api/enterprises/" + merged);
		assertThat(gone.statusCode()).isEqualTo(301);
		assertThat(gone.headers().firstValue("Location")).hasValue("/api/enterprises/" + survivor);
		assertThat(Http.json(gone).get("mergedInto").asString()).isEqualTo(survivor);
		assertThat(Http.json(gone).get("by").asString()).isEqualTo("staff-qy-01");
	}

	private String submit(String json) {
		HttpResponse<String> response = this.http.post("/api/enterprises", json);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		return Http.json(response).get("id").asString();
	}

	private HttpResponse<String> merge(String id, String json, String language) {
		return this.http.send(HttpRequest.newBuilder(this.http.uri("/api/enterprises/" + id + "/merge"))
			.header("Content-Type", "application/json")
			.header("Accept-Language", language)
			.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
	}

	/** The duplicate groups that hold any of these enterprises. */
	private List<JsonNode> groups(String... ids) {
		return groupsOf(this.http, ids);
	}

	private static List<JsonNode> groupsOf(Http http, String... ids) {
		HttpResponse<String> response = http.get("/api/enterprises/duplicates");
		assertThat(response.statusCode()).isEqualTo(200);
		List<String> wanted = List.of(ids);
		return Http.json(response)
			.valueStream()
			.filter((g) -> g.get("enterpriseIds").valueStream().anyMatch((id) -> wanted.contains(id.asString())))
			.toList();
	}

	private static String ids(JsonNode group) {
		return group.get("enterpriseIds").valueStream().map(JsonNode::asString).sorted().toList().toString();
	}

	private static String reasons(JsonNode group) {
		return group.get("reasons").valueStream().map((r) -> r.get("code").asString()).toList().toString();
	}

	private static String sorted(String... ids) {
		return java.util.Arrays.stream(ids).sorted().toList().toString();
	}

	/** Seven digits from a unique suffix: a Hong Kong CR number of this run. */
	private static String digits(String u) {
		long n = Math.floorMod(u.hashCode(), 9_000_000L) + 1_000_000L;
		return String.valueOf(n);
	}

	private static String enterprise(String name, String nameEn, String code, String region) {
		String json = TestProfiles.enterprise(code)
			.replace("示例·深圳锂储能科技有限公司", name)
			.replace("\"region\": \"深圳\"", "\"region\": \"" + region + "\"");
		return (nameEn != null) ? json.replace("Demo Shenzhen Lithium Storage Technology Co., Ltd.", nameEn)
				: json.replace("\"nameEn\": \"Demo Shenzhen Lithium Storage Technology Co., Ltd.\",", "");
	}

}

package io.duijie.notification;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.duijie.notification.TestEvents.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/recipients/{id}/preferences}: defaults, storing, the old path as an alias,
 * and RFC 9457 problems listing each invalid field in Chinese or English.
 */
class PreferencesApiTest extends NotificationIntegrationTest {

	@Test
	void unsetPreferencesAreTheDefaults() {
		String recipientId = unique("ent");
		HttpResponse<String> response = get("/api/recipients/" + recipientId + "/preferences", "zh-CN");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode body = TestEvents.JSON.readTree(response.body());
		assertThat(body.get("channels")).extracting(JsonNode::asString).containsExactly("INBOX", "EMAIL");
		assertThat(body.get("locale").asString()).isEqualTo("zh-CN");
		assertThat(body.get("custom").asBoolean()).isFalse();
	}

	@Test
	void validPreferencesAreStored() {
		String recipientId = unique("staff");
		HttpResponse<String> saved = put("/api/recipients/" + recipientId + "/preferences",
				"{\"channels\":[\"INBOX\",\"WEBHOOK\"],\"email\":\"li.na@qingyuan-hitech.example.com\","
						+ "\"webhookUrl\":\"https://93.184.215.14/duijie\",\"locale\":\"en\"}",
				"en");
		// the SSRF guard resolves the host: a public address literal needs no DNS here
		assertThat(saved.statusCode()).isEqualTo(200);
		JsonNode body = TestEvents.JSON.readTree(get("/api/recipients/" + recipientId + "/preferences", "en").body());
		assertThat(body.get("channels")).extracting(JsonNode::asString).containsExactly("INBOX", "WEBHOOK");
		assertThat(body.get("email").asString()).isEqualTo("li.na@qingyuan-hitech.example.com");
		assertThat(body.get("webhookUrl").asString()).isEqualTo("https://93.184.215.14/duijie");
		assertThat(body.get("locale").asString()).isEqualTo("en");
		assertThat(body.get("custom").asBoolean()).isTrue();
	}

	@Test
	void theOldPathIsAnAlias() {
		String recipientId = unique("ent");
		assertThat(put("/api/preferences/" + recipientId, "{\"channels\":[\"INBOX\"],\"locale\":\"en\"}", "en")
			.statusCode()).isEqualTo(200);
		JsonNode body = TestEvents.JSON.readTree(get("/api/recipients/" + recipientId + "/preferences", "en").body());
		assertThat(body.get("channels")).extracting(JsonNode::asString).containsExactly("INBOX");
		assertThat(body.get("locale").asString()).isEqualTo("en");
		assertThat(
				TestEvents.JSON.readTree(get("/api/preferences/" + recipientId, "en").body()).get("custom").asBoolean())
			.isTrue();
	}

	@Test
	void webhookHostsMustResolve() {
		HttpResponse<String> response = put("/api/recipients/" + unique("ent") + "/preferences",
				"{\"channels\":[\"WEBHOOK\"],\"webhookUrl\":\"https://no-such-host.invalid/x\"}", "zh-CN");
		assertThat(response.statusCode()).isEqualTo(400);
		JsonNode problem = TestEvents.JSON.readTree(response.body());
		assertThat(problem.get("errors").get(0).get("code").asString())
			.isEqualTo("preferences.webhookUrl.unresolvable");
		assertThat(problem.get("errors").get(0).get("message").asString()).isEqualTo("无法解析 Webhook 地址的主机名。");
	}

	@Test
	void invalidFieldsAreListedInEnglish() {
		String recipientId = unique("ent");
		HttpResponse<String> response = put("/api/recipients/" + recipientId + "/preferences",
				"{\"channels\":[\"INBOX\",\"SMS\"],\"email\":\"not-an-email\","
						+ "\"webhookUrl\":\"ftp://files.example.com/x\",\"locale\":\"fr\"}",
				"en-GB,en;q=0.9");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = TestEvents.JSON.readTree(response.body());
		assertThat(problem.get("status").asInt()).isEqualTo(400);
		assertThat(problem.get("title").asString()).isEqualTo("Invalid notification preferences");
		assertThat(problem.get("type").asString()).isEqualTo("https://duijie.io/problems/invalid-preferences");
		assertThat(problem.get("errors")).extracting((e) -> e.get("field").asString())
			.containsExactly("channels[1]", "email", "webhookUrl", "locale");
		assertThat(problem.get("errors").get(0).get("message").asString())
			.isEqualTo("Unknown channel \"SMS\": use INBOX, EMAIL or WEBHOOK.");
		assertThat(problem.get("errors").get(2).get("message").asString())
			.isEqualTo("The webhook URL must be an absolute http or https URL.");
		// nothing was stored
		assertThat(TestEvents.JSON.readTree(get("/api/recipients/" + recipientId + "/preferences", "en").body())
			.get("custom")
			.asBoolean()).isFalse();
	}

	@Test
	void invalidFieldsAreListedInChinese() {
		HttpResponse<String> response = put("/api/recipients/" + unique("ent") + "/preferences",
				"{\"channels\":[\"WEBHOOK\"]}", "zh-CN,zh;q=0.9");
		assertThat(response.statusCode()).isEqualTo(400);
		JsonNode problem = TestEvents.JSON.readTree(response.body());
		assertThat(problem.get("title").asString()).isEqualTo("通知偏好设置无效");
		assertThat(problem.get("errors")).hasSize(1);
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("webhookUrl");
		assertThat(problem.get("errors").get(0).get("message").asString()).isEqualTo("选择 WEBHOOK 渠道时必须提供 webhookUrl。");
	}

	@Test
	void apiIsDescribedByOpenApi() {
		HttpResponse<String> docs = get("/v3/api-docs", "en");
		assertThat(docs.statusCode()).isEqualTo(200);
		assertThat(docs.body()).contains("/api/recipients/{recipientId}/preferences", "/api/preferences/{recipientId}",
				"/api/inbox/{recipientId}");
	}

	@Test
	void emptyChannelsAndUnreadableBodiesAreProblems() {
		HttpResponse<String> empty = put("/api/recipients/" + unique("ent") + "/preferences", "{\"channels\":[]}",
				"en");
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(TestEvents.JSON.readTree(empty.body()).get("errors").get(0).get("field").asString())
			.isEqualTo("channels");

		HttpResponse<String> garbage = put("/api/recipients/" + unique("ent") + "/preferences", "{\"channels\":",
				"zh-CN");
		assertThat(garbage.statusCode()).isEqualTo(400);
		JsonNode problem = TestEvents.JSON.readTree(garbage.body());
		assertThat(problem.get("title").asString()).isEqualTo("无法读取请求体");
	}

}

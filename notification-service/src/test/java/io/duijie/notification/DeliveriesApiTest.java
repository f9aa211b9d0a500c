package io.duijie.notification;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import io.duijie.contracts.MatchProposed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.duijie.notification.TestEvents.enterprise;
import static io.duijie.notification.TestEvents.match;
import static io.duijie.notification.TestEvents.send;
import static io.duijie.notification.TestEvents.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A receiver that answers 404 is a permanent failure: the delivery is parked at once (no
 * retries) with the reason, listed by {@code GET /api/deliveries?status=FAILED} and sent
 * again by {@code POST /api/deliveries/{id}/retry} once the receiver is fixed, with the
 * same webhook-id. Problems: 404 for an unknown id, 409 for one not parked, 400 for a
 * status that cannot be listed, in Chinese and English.
 */
class DeliveriesApiTest extends NotificationIntegrationTest {

	private WebhookReceiver receiver;

	@BeforeEach
	void startReceiver() throws Exception {
		this.receiver = new WebhookReceiver().answer(() -> 404);
	}

	@AfterEach
	void stopReceiver() {
		this.receiver.close();
	}

	@Test
	void parkedDeliveryIsListedAndRetriedThroughTheApi() {
		String enterpriseId = unique("ent");
		preferences(enterpriseId,
				"{\"channels\":[\"WEBHOOK\"],\"webhookUrl\":\"" + this.receiver.url("/gone/" + enterpriseId) + "\"}");
		send(enterprise(enterpriseId, 1, null, null));
		MatchProposed proposed = match(enterpriseId, unique("cp"), 1, 1, null);
		send(proposed);
		String id = proposed.matchId() + "/e1-p1/" + enterpriseId + "/WEBHOOK";

		JsonNode parked = await().atMost(WAIT).until(() -> findParked(id), (node) -> node != null);
		assertThat(parked.get("status").asString()).isEqualTo("FAILED");
		assertThat(parked.get("reason").asString()).isEqualTo("HTTP 404");
		assertThat(parked.get("attempts").asInt()).isEqualTo(1);
		assertThat(parked.get("channel").asString()).isEqualTo("WEBHOOK");
		assertThat(parked.get("recipientId").asString()).isEqualTo(enterpriseId);
		// permanent: not retried
		assertThat(this.receiver.calls()).hasSize(1);
		// paging
		JsonNode firstPage = TestEvents.JSON.readTree(get("/api/deliveries?status=FAILED&page=0&size=1", "en").body());
		assertThat(firstPage.get("items")).hasSize(1);
		assertThat(firstPage.get("total").asLong()).isGreaterThanOrEqualTo(1);

		this.receiver.answer(() -> 204);
		HttpResponse<String> retried = post("/api/deliveries/" + id + "/retry");
		assertThat(retried.statusCode()).isEqualTo(200);
		JsonNode after = TestEvents.JSON.readTree(retried.body());
		assertThat(after.get("status").asString()).isEqualTo("SENT");
		assertThat(this.receiver.calls()).hasSize(2);
		assertThat(this.receiver.calls()).extracting((c) -> c.header("webhook-id")).containsOnly(id);
		assertThat(findParked(id)).isNull();

		// sent: a second retry is a conflict
		HttpResponse<String> conflict = post("/api/deliveries/" + id + "/retry", "en");
		assertThat(conflict.statusCode()).isEqualTo(409);
		assertThat(conflict.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(conflict.body()).contains("SENT").contains("Only a parked");
		assertThat(post("/api/deliveries/" + id + "/retry", "zh-CN").body()).contains("只有已搁置");
		assertThat(this.receiver.calls()).hasSize(2);
	}

	@Test
	void unknownDeliveriesAndStatusesAreProblems() {
		HttpResponse<String> missing = post("/api/deliveries/nope/1/x/WEBHOOK/retry", "en");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("No delivery with this id");
		assertThat(post("/api/deliveries/nope/1/x/WEBHOOK/retry", "zh-CN").body()).contains("没有此编号的投递");
		HttpResponse<String> status = get("/api/deliveries?status=SENT", "en");
		assertThat(status.statusCode()).isEqualTo(400);
		assertThat(status.body()).contains("Only status=FAILED");
		assertThat(get("/api/deliveries?status=FAILED&size=0", "zh-CN").body()).contains("分页参数无效");
	}

	private JsonNode findParked(String id) {
		List<JsonNode> items = new ArrayList<>();
		TestEvents.JSON.readTree(get("/api/deliveries?status=FAILED&size=200", "en").body())
			.get("items")
			.forEach(items::add);
		return items.stream().filter((n) -> n.get("notificationId").asString().equals(id)).findFirst().orElse(null);
	}

}

package io.duijie.notification.delivery;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.duijie.notification.inbox.LocalizedText;
import io.duijie.notification.preferences.WebhookFormat;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ready messages of the chat group robots, in the recipient's language, and how to
 * read their answers: the robots answer HTTP 200 with an error code in the body, so a 200
 * alone is no success.
 * <ul>
 * <li>WeCom (企业微信): {@code {"msgtype":"markdown","markdown":{"content":…}}}, answer
 * {@code {"errcode":0}}; the key is in the URL, there is no signing.</li>
 * <li>DingTalk (钉钉): {@code {"msgtype":"markdown","markdown":{"title":…,"text":…}}},
 * answer {@code {"errcode":0}}; signed robots get {@code timestamp} and {@code sign} in
 * the query ({@link WebhookSigner#dingTalk}).</li>
 * <li>Feishu (飞书): {@code {"msg_type":"text","content":{"text":…}}}, answer
 * {@code {"code":0}}; signed robots get {@code timestamp} and {@code sign} in the body
 * ({@link WebhookSigner#feishu}).</li>
 * </ul>
 */
final class WebhookMessages {

	/** Error codes that mean "too fast" or "busy": retried, all others parked. */
	private static final Map<WebhookFormat, Set<Long>> TRANSIENT_CODES = Map.of(WebhookFormat.WECOM,
			Set.of(-1L, 45009L), WebhookFormat.DINGTALK, Set.of(-1L, 130101L, 130102L), WebhookFormat.FEISHU,
			Set.of(9499L, 11232L, 11233L));

	private WebhookMessages() {
	}

	static Map<String, Object> wecom(LocalizedText title, LocalizedText body, boolean english) {
		String content = "**" + pick(title, english) + "**\n> " + pick(body, english);
		return Map.of("msgtype", "markdown", "markdown", Map.of("content", content));
	}

	static Map<String, Object> dingTalk(LocalizedText title, LocalizedText body, boolean english) {
		String text = "#### " + pick(title, english) + "\n\n" + pick(body, english);
		return Map.of("msgtype", "markdown", "markdown", Map.of("title", pick(title, english), "text", text));
	}

	static Map<String, Object> feishu(LocalizedText title, LocalizedText body, boolean english, @Nullable String secret,
			long timestampSeconds) {
		Map<String, Object> message = new LinkedHashMap<>();
		if (secret != null) {
			message.put("timestamp", String.valueOf(timestampSeconds));
			message.put("sign", WebhookSigner.feishu(secret, timestampSeconds));
		}
		message.put("msg_type", "text");
		message.put("content", Map.of("text", pick(title, english) + "\n" + pick(body, english)));
		return message;
	}

	/**
	 * Throws if a robot's answer reports an error: {@link TransientDeliveryException} for
	 * rate limits and busy servers, {@link PermanentDeliveryException} for the rest.
	 */
	static void checkAnswer(WebhookFormat format, @Nullable String answer, JsonMapper mapper) {
		if (answer == null || answer.isBlank()) {
			return;
		}
		JsonNode json;
		try {
			json = mapper.readTree(answer);
		}
		catch (RuntimeException ex) {
			return;
		}
		JsonNode code = (format == WebhookFormat.FEISHU) ? first(json, "code", "StatusCode") : json.get("errcode");
		if (code == null || !code.isNumber() || code.asLong() == 0) {
			return;
		}
		String reason = format.name() + " robot error " + code.asLong();
		if (TRANSIENT_CODES.getOrDefault(format, Set.of()).contains(code.asLong())) {
			throw new TransientDeliveryException(reason);
		}
		throw new PermanentDeliveryException(reason);
	}

	private static @Nullable JsonNode first(JsonNode json, String... names) {
		for (String name : names) {
			if (json.get(name) != null) {
				return json.get(name);
			}
		}
		return null;
	}

	private static String pick(LocalizedText text, boolean english) {
		return english ? text.en() : text.zh();
	}

}

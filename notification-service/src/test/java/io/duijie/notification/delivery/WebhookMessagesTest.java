package io.duijie.notification.delivery;

import java.util.Map;

import io.duijie.notification.inbox.LocalizedText;
import io.duijie.notification.preferences.WebhookFormat;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebhookMessagesTest {

	private static final LocalizedText TITLE = new LocalizedText("新匹配推荐：清远高新区", "New match: Qingyuan");

	private static final LocalizedText BODY = new LocalizedText("匹配度 87%。", "Score 87%.");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void wecomMarkdownInTheRecipientsLanguage() {
		assertThat(WebhookMessages.wecom(TITLE, BODY, false))
			.isEqualTo(Map.of("msgtype", "markdown", "markdown", Map.of("content", "**新匹配推荐：清远高新区**\n> 匹配度 87%。")));
		assertThat(WebhookMessages.wecom(TITLE, BODY, true).toString()).contains("New match: Qingyuan")
			.doesNotContain("新匹配");
	}

	@Test
	void dingTalkMarkdown() {
		assertThat(WebhookMessages.dingTalk(TITLE, BODY, false)).isEqualTo(Map.of("msgtype", "markdown", "markdown",
				Map.of("title", "新匹配推荐：清远高新区", "text", "#### 新匹配推荐：清远高新区\n\n匹配度 87%。")));
	}

	@Test
	void feishuTextSignedWhenASecretIsSet() {
		Map<String, Object> signed = WebhookMessages.feishu(TITLE, BODY, true, "s3cret", 1700000000L);
		assertThat(signed).containsEntry("msg_type", "text")
			.containsEntry("timestamp", "1700000000")
			.containsEntry("sign", WebhookSigner.feishu("s3cret", 1700000000L))
			.containsEntry("content", Map.of("text", "New match: Qingyuan\nScore 87%."));
		assertThat(WebhookMessages.feishu(TITLE, BODY, true, null, 1700000000L)).doesNotContainKeys("timestamp",
				"sign");
	}

	@Test
	void robotErrorCodesAreFailures() {
		assertThatNoException().isThrownBy(
				() -> WebhookMessages.checkAnswer(WebhookFormat.WECOM, "{\"errcode\":0,\"errmsg\":\"ok\"}", JSON));
		assertThatNoException().isThrownBy(
				() -> WebhookMessages.checkAnswer(WebhookFormat.FEISHU, "{\"code\":0,\"msg\":\"success\"}", JSON));
		assertThatThrownBy(() -> WebhookMessages.checkAnswer(WebhookFormat.WECOM, "{\"errcode\":45009}", JSON))
			.isInstanceOf(TransientDeliveryException.class);
		assertThatThrownBy(() -> WebhookMessages.checkAnswer(WebhookFormat.DINGTALK,
				"{\"errcode\":310000,\"errmsg\":\"sign not match\"}", JSON))
			.isInstanceOf(PermanentDeliveryException.class)
			.hasMessage("DINGTALK robot error 310000");
		assertThatThrownBy(() -> WebhookMessages.checkAnswer(WebhookFormat.FEISHU, "{\"code\":19021}", JSON))
			.isInstanceOf(PermanentDeliveryException.class);
	}

	@Test
	void messageIdsAreDeterministic() {
		assertThat(MessageIds.of("ent-1~cp-9/e2-p1/ent-1/EMAIL", "duijie@park.example.cn"))
			.isEqualTo("<ent-1~cp-9/e2-p1/ent-1/EMAIL@park.example.cn>");
		assertThat(MessageIds.of("企业/1/EMAIL", "duijie@localhost")).startsWith("<x").endsWith("@localhost>");
	}

}

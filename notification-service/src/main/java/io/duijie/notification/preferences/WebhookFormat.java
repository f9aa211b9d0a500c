package io.duijie.notification.preferences;

/**
 * The message format of a recipient's webhook: a signed JSON event as Standard Webhooks
 * says, or a ready message for a chat group robot.
 */
public enum WebhookFormat {

	/**
	 * Standard Webhooks: JSON body,
	 * {@code webhook-id}/{@code -timestamp}/{@code -signature}.
	 */
	STANDARD,

	/** WeCom (企业微信) group robot: {@code {"msgtype":"markdown",...}}. */
	WECOM,

	/**
	 * DingTalk (钉钉) group robot, optionally signed with {@code timestamp} and
	 * {@code sign} in the query.
	 */
	DINGTALK,

	/**
	 * Feishu (飞书) group robot, optionally signed with {@code timestamp} and {@code sign}
	 * in the body.
	 */
	FEISHU

}

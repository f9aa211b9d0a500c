package io.duijie.notification.delivery;

import io.duijie.notification.system.NotificationProperties;
import io.duijie.platform.DuijieProperties;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * Declares the delivery ledger's topic: compacted (the latest state of every notification
 * stays) and also deleted after {@code dedupe-ttl}, as long as Redis keeps a claim, so
 * that the topic does not grow without end.
 */
@Configuration(proxyBeanMethods = false)
class LedgerTopicConfiguration {

	@Bean
	NewTopic notificationLedgerTopic(DeliveryProperties delivery, NotificationProperties notification,
			DuijieProperties duijie) {
		return TopicBuilder.name(delivery.ledgerTopic())
			.partitions(duijie.kafka().partitions())
			.replicas(duijie.kafka().replicas())
			.config(TopicConfig.CLEANUP_POLICY_CONFIG,
					TopicConfig.CLEANUP_POLICY_COMPACT + "," + TopicConfig.CLEANUP_POLICY_DELETE)
			.config(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(notification.dedupeTtl().toMillis()))
			.build();
	}

}

package io.duijie.platform;

import java.util.List;
import java.util.Map;

import io.duijie.platform.kafka.CloudEventDeserializer;
import io.duijie.platform.kafka.CloudEventSerializer;
import io.duijie.platform.kafka.DeadLetterReasons;
import io.duijie.platform.kafka.DuijieTopics;
import io.duijie.platform.kafka.InvalidEventException;
import io.duijie.platform.replay.CompactedTopicReplayer;
import io.duijie.platform.replay.RebuildableStore;
import io.duijie.platform.replay.StoreRebuilder;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientConfigurationBuilderCustomizer;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.kafka.support.SimpleKafkaHeaderMapper;
import org.springframework.kafka.support.converter.MessagingMessageConverter;
import org.springframework.kafka.support.converter.RecordMessageConverter;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;

/**
 * Kafka, Redis and start-up settings every Duijie service shares. Each non-default Kafka
 * setting says why.
 */
@AutoConfiguration
@EnableConfigurationProperties(DuijieProperties.class)
public class DuijieAutoConfiguration {

	@Bean
	DuijieTopics duijieTopics(DuijieProperties properties) {
		return new DuijieTopics(properties.kafka());
	}

	@Bean
	DefaultKafkaProducerFactoryCustomizer duijieProducerFactoryCustomizer(JsonMapper mapper,
			DuijieProperties properties) {
		return (factory) -> {
			@SuppressWarnings("unchecked")
			DefaultKafkaProducerFactory<String, Object> producers = (DefaultKafkaProducerFactory<String, Object>) factory;
			producers.setKeySerializer(new StringSerializer());
			Serializer<Object> values = new CloudEventSerializer(mapper, properties.source());
			producers.setValueSerializer(values);
			producers.updateConfigs(Map.of(
					// a write is acknowledged only once every in-sync replica has it
					ProducerConfig.ACKS_CONFIG, "all",
					// retries never duplicate or reorder a record within a partition
					ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true));
		};
	}

	@Bean
	DefaultKafkaConsumerFactoryCustomizer duijieConsumerFactoryCustomizer(JsonMapper mapper,
			DuijieProperties properties) {
		return (factory) -> {
			@SuppressWarnings("unchecked")
			DefaultKafkaConsumerFactory<String, Object> consumers = (DefaultKafkaConsumerFactory<String, Object>) factory;
			consumers.setKeyDeserializer(new ErrorHandlingDeserializer<>(new StringDeserializer()));
			Deserializer<Object> values = new CloudEventDeserializer(mapper, properties.kafka().maxHeaderBytes());
			consumers.setValueDeserializer(new ErrorHandlingDeserializer<>(values));
			consumers.updateConfigs(Map.of(
					// a new consumer group reads the compacted profile topics from the
					// start
					ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
					// a topic is created by its writer's NewTopic declaration, never by a
					// consumer's metadata request
					ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
					// worst batch (500 records) x (max retries x max back-off) stays far
					// below this
					ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, 600_000));
		};
	}

	/**
	 * Header mapping that never deserialises types from headers (the Spring Kafka 4.0.x
	 * header CVEs): headers reach listeners as raw bytes, the payload type comes from
	 * {@code ce_type}.
	 */
	@Bean
	RecordMessageConverter duijieRecordMessageConverter() {
		MessagingMessageConverter converter = new MessagingMessageConverter();
		converter.setHeaderMapper(new SimpleKafkaHeaderMapper());
		return converter;
	}

	/**
	 * The one error handler of every listener: bounded exponential back-off, then the
	 * record goes to {@code <topic>-dlt} on the same partition with the exception and its
	 * reason in its headers. Invalid events are not retried.
	 */
	@Bean
	CommonErrorHandler duijieErrorHandler(KafkaTemplate<?, ?> template, DuijieProperties properties) {
		DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
				(record, ex) -> new TopicPartition(record.topic() + "-dlt", record.partition()));
		recoverer.setExceptionHeadersCreator(DeadLetterReasons::exceptionHeaders);
		DuijieProperties.Kafka kafka = properties.kafka();
		ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(kafka.maxRetries());
		backOff.setInitialInterval(kafka.retryInitialInterval().toMillis());
		backOff.setMultiplier(kafka.retryMultiplier());
		backOff.setMaxInterval(kafka.retryMaxInterval().toMillis());
		DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
		handler.addNotRetryableExceptions(InvalidEventException.class);
		return handler;
	}

	@Bean
	CompactedTopicReplayer compactedTopicReplayer(ConsumerFactory<String, Object> consumerFactory) {
		return new CompactedTopicReplayer(consumerFactory);
	}

	@Bean
	StoreRebuilder storeRebuilder(ObjectProvider<RebuildableStore> stores, CompactedTopicReplayer replayer,
			MeterRegistry meters) {
		List<RebuildableStore> all = stores.orderedStream().toList();
		return new StoreRebuilder(all, replayer, meters);
	}

	/**
	 * Fail fast instead of queueing without bound while Redis is away; Lettuce replays
	 * buffered commands after a reconnect, so every write Duijie makes is idempotent.
	 */
	@Bean
	LettuceClientOptionsBuilderCustomizer duijieLettuceOptions(DuijieProperties properties) {
		return (options) -> options.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
			.requestQueueSize(properties.redis().requestQueueSize())
			.socketOptions(
					SocketOptions.builder().keepAlive(true).connectTimeout(properties.redis().commandTimeout()).build())
			.timeoutOptions(TimeoutOptions.enabled(properties.redis().commandTimeout()));
	}

	@Bean
	LettuceClientConfigurationBuilderCustomizer duijieLettuceTimeout(DuijieProperties properties) {
		return (builder) -> builder.commandTimeout(properties.redis().commandTimeout());
	}

}

package io.duijie.platform;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/**
 * Settings every service shares, under {@code duijie.*}.
 *
 * @param source the CloudEvents {@code source} of the events this service writes
 * @param kafka topic and retry settings
 * @param redis client settings
 */
@Validated
@ConfigurationProperties("duijie")
public record DuijieProperties(@NotBlank @DefaultValue("/duijie/service") String source,
		@Valid @DefaultValue Kafka kafka, @Valid @DefaultValue Redis redis) {

	/**
	 * @param partitions partitions of every topic a service declares
	 * @param replicas replication factor (1 on a single broker)
	 * @param retryInitialInterval first back-off of a failed record
	 * @param retryMultiplier back-off growth
	 * @param retryMaxInterval longest single back-off
	 * @param maxRetries retries before the record goes to its dead-letter topic
	 * @param maxHeaderBytes records whose headers are larger are rejected to the
	 * dead-letter topic
	 */
	public record Kafka(@Min(1) @DefaultValue("6") int partitions, @Min(1) @DefaultValue("1") int replicas,
			@DefaultValue("500ms") Duration retryInitialInterval, @DefaultValue("2.0") double retryMultiplier,
			@DefaultValue("5s") Duration retryMaxInterval, @Min(0) @DefaultValue("4") int maxRetries,
			@Min(1024) @DefaultValue("16384") int maxHeaderBytes) {
	}

	/**
	 * @param commandTimeout how long a Redis command may take before it fails
	 * @param requestQueueSize commands Lettuce buffers at most
	 */
	public record Redis(@DefaultValue("2s") Duration commandTimeout,
			@Min(1) @DefaultValue("10000") int requestQueueSize) {
	}

}

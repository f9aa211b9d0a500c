package io.duijie.intake.system;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * intake-service's own settings, under {@code duijie.intake}.
 *
 * @param maxBodySize request bodies larger than this are answered 413, whether they
 * declare a {@code Content-Length} or arrive chunked
 * @param publishTimeout how long a request waits for the broker to acknowledge an event
 * before it answers 503
 */
@Validated
@ConfigurationProperties("duijie.intake")
public record IntakeProperties(@NotNull @DefaultValue("256KB") DataSize maxBodySize,
		@NotNull @DefaultValue("10s") Duration publishTimeout) {
}

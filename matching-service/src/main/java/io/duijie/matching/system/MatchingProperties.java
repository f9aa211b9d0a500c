package io.duijie.matching.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/**
 * matching-service settings, under {@code duijie.matching.*}.
 *
 * @param threshold lowest score of a match (0..1); a pair below it is not proposed, and a
 * match that falls below it is retracted
 * @param publishTimeout how long a scoring pass waits for the broker to acknowledge its
 * match events before it fails (and the error handler retries the profile record)
 */
@Validated
@ConfigurationProperties("duijie.matching")
public record MatchingProperties(@DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.3") double threshold,
		@NotNull @DefaultValue("30s") Duration publishTimeout) {
}

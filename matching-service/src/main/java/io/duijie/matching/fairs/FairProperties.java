package io.duijie.matching.fairs;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * Fair settings, under {@code duijie.matching.fairs.*}.
 *
 * @param solveTime how long one run of the scheduler may take ({@code POST …/schedule}
 * answers when it is done)
 */
@Validated
@ConfigurationProperties("duijie.matching.fairs")
record FairProperties(@NotNull @DefaultValue("20s") Duration solveTime) {
}

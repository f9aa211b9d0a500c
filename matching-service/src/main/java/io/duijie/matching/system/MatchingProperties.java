package io.duijie.matching.system;

import java.time.Duration;

import io.duijie.matching.scoring.Weights;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * matching-service settings, under {@code duijie.matching.*}.
 *
 * @param threshold lowest score of a match (0..1); a pair below it is not proposed, and a
 * match that falls below it is retracted
 * @param publishTimeout how long a scoring pass waits for the broker to acknowledge its
 * match events before it fails (and the error handler retries the profile record)
 * @param weights the most each factor can add (see {@link Weights})
 * @param topK matches kept per enterprise and partner kind (clusters, institutions,
 * spaces, investors): the best k above the threshold
 * @param candidates candidates per enterprise and partner kind the index returns for
 * exact scoring
 * @param maxPosting postings longer than this are skipped in candidate generation (terms
 * too common to discriminate)
 * @param candidateBudget the most posting members one candidate query unions: terms are
 * taken by weight while their postings fit, so a query's cost stays bounded as the index
 * grows
 * @param rematchLimit enterprises re-matched at most when a partner arrives or changes
 * (the best candidates; those it is matched with always are)
 * @param exposureCap most open matches an institution or investor has at once; a better
 * match takes the place of its weakest
 * @param parsedEntries candidate entries kept parsed per side (a bounded cache keyed by
 * document number and checked against the entry's revision in Redis, so never stale):
 * about 1.7 KB of heap each on average (clusters the largest), so 85 MB when full; 0
 * turns it off
 */
@Validated
@ConfigurationProperties("duijie.matching")
public record MatchingProperties(@DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.3") double threshold,
		@NotNull @DefaultValue("30s") Duration publishTimeout, @Valid @DefaultValue Weights weights,
		@Min(1) @DefaultValue("5") int topK, @Min(1) @DefaultValue("200") int candidates,
		@Min(1) @DefaultValue("100000") int maxPosting, @Min(1) @DefaultValue("5000") int candidateBudget,
		@Min(1) @DefaultValue("1000") int rematchLimit, @Min(1) @DefaultValue("50") int exposureCap,
		@Min(0) @DefaultValue("50000") int parsedEntries) {
}

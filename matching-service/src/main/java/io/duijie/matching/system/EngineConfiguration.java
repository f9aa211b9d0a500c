package io.duijie.matching.system;

import io.duijie.matching.scoring.MatchScorer;
import io.duijie.matching.scoring.ProfileReader;
import io.duijie.matching.text.ConceptDictionary;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The industry dictionary, the profile reader and the scorer with the configured weights.
 */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

	@Bean
	ConceptDictionary conceptDictionary() {
		return ConceptDictionary.load();
	}

	@Bean
	ProfileReader profileReader(ConceptDictionary dictionary) {
		return new ProfileReader(dictionary);
	}

	@Bean
	MatchScorer matchScorer(MatchingProperties properties, ConceptDictionary dictionary) {
		return new MatchScorer(properties.weights(), dictionary);
	}

}

package io.duijie.matching;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * matching-service: keeps an index of enterprises, counterparts and investors from the
 * compacted profile topics, scores every new or changed profile against the other side,
 * and publishes {@code MatchProposed} and {@code MatchRetracted} on {@code matches}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MatchingApplication {

	public static void main(String[] args) {
		SpringApplication.run(MatchingApplication.class, args);
	}

}

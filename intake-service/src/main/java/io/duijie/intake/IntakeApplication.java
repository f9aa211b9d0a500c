package io.duijie.intake;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Takes enterprise, investor and counterpart profiles over HTTP and publishes them to
 * Kafka.
 */
@SpringBootApplication
public class IntakeApplication {

	public static void main(String[] args) {
		SpringApplication.run(IntakeApplication.class, args);
	}

}

package io.duijie.matching;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The one Spring test context of the integration tests (one context = one consumer group
 * member on Redis database 0). Retries of a failed record are slowed to 30 s, so a record
 * that reaches the dead-letter topic within the probes' 60 s went there on its first
 * attempt.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "duijie.kafka.retry-initial-interval=30s", "duijie.kafka.retry-max-interval=30s" })
@interface MatchingServiceTest {

}

package io.duijie.intake.leads;

import java.time.Instant;
import java.util.Map;

import io.duijie.testsupport.TestInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-enterprise timeline on the real Redis: one entry per event id, bounded. */
class TimelineStoreTest {

	private LettuceConnectionFactory connections;

	private TimelineStore store;

	@BeforeEach
	void store() {
		String[] hostPort = TestInfrastructure.get().redisUrl().replace("redis://", "").split(":");
		this.connections = new LettuceConnectionFactory(
				new RedisStandaloneConfiguration(hostPort[0], Integer.parseInt(hostPort[1])));
		this.connections.afterPropertiesSet();
		StringRedisTemplate redis = new StringRedisTemplate(this.connections);
		this.store = new TimelineStore(redis, JsonMapper.builder().build(), 3);
	}

	@AfterEach
	void close() {
		this.connections.destroy();
	}

	@Test
	void keepsOneEntryPerEventAndOnlyTheLatestEntries() {
		String enterprise = "ent-timeline-" + System.nanoTime();
		for (int day = 1; day <= 5; day++) {
			this.store.add(enterprise, entry("e" + day, day));
		}
		this.store.add(enterprise, entry("e5", 5));
		this.store.add(enterprise, entry("e4", 4));
		assertThat(this.store.entries(enterprise)).extracting(TimelineEntry::eventId).containsExactly("e3", "e4", "e5");
		assertThat(this.store.count(enterprise)).isEqualTo(3);
		assertThat(this.store.ids(enterprise)).containsExactly("e3", "e4", "e5");
		// an event older than what is kept is dropped at once
		this.store.add(enterprise, entry("e0", 0));
		assertThat(this.store.entries(enterprise)).extracting(TimelineEntry::eventId).containsExactly("e3", "e4", "e5");
		assertThat(this.store.entries(enterprise).get(0).details()).containsEntry("n", 3);
	}

	private static TimelineEntry entry(String id, int day) {
		return new TimelineEntry(id, Instant.parse("2025-06-01T00:00:00Z").plusSeconds(86_400L * day),
				"io.duijie.match.proposed.v1", "matches", "中文" + day, "English " + day, Map.of("n", day));
	}

}

package io.duijie.matching;

import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Data Redis runs a pipeline on a dedicated connection; the service's
 * configuration pools them (commons-pool2 on the class path), so that writing the index,
 * the matches or the delivery ledger does not open a TCP connection each time.
 */
@MatchingServiceTest
class RedisConnectionsIntegrationTests {

	@Autowired
	StringRedisTemplate redis;

	@Test
	void pipelinesReuseTheirConnections() {
		long before = connectionsReceived();
		for (int i = 0; i < 50; i++) {
			this.redis.executePipelined((RedisCallback<Object>) (connection) -> {
				connection.stringCommands().get("duijie:test:connections".getBytes());
				return null;
			});
		}

		// the shared connection and a pooled one at most, not one per pipeline (other
		// tests' services share this Redis: a few more are tolerated, fifty are not)
		assertThat(connectionsReceived() - before).isLessThan(10);
	}

	private long connectionsReceived() {
		Properties stats = this.redis.execute((RedisCallback<Properties>) (c) -> c.serverCommands().info("stats"));
		return Long.parseLong(stats.getProperty("total_connections_received"));
	}

}

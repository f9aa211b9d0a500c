package io.duijie.matching.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * A {@code redis-server} process of the benchmark's own on a free loopback port,
 * persisting nothing ({@code --save '' --appendonly no}), as test-support's
 * {@code RedisServerProcess} starts one for tests; stopped with the JVM.
 */
final class RedisServer implements AutoCloseable {

	private final Process process;

	private final int port;

	private final List<LettuceConnectionFactory> factories = new ArrayList<>();

	private RedisServer(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	static RedisServer start(List<String> extraArgs) {
		int port = freePort();
		try {
			Path dir = Files.createTempDirectory("duijie-bench-redis-");
			List<String> command = new ArrayList<>(List.of("redis-server", "--port", String.valueOf(port), "--bind",
					"127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir.toString()));
			command.addAll(extraArgs);
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(dir.resolve("redis.log").toFile())
				.start();
			Runtime.getRuntime().addShutdownHook(new Thread(process::destroy, "redis-server-stop"));
			RedisServer server = new RedisServer(process, port);
			long deadline = System.nanoTime() + 20_000_000_000L;
			while (!server.accepts()) {
				if (!process.isAlive() || System.nanoTime() > deadline) {
					throw new IllegalStateException("redis-server did not start, see " + dir.resolve("redis.log"));
				}
				Thread.sleep(50);
			}
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	int port() {
		return this.port;
	}

	long pid() {
		return this.process.pid();
	}

	/**
	 * A template on one database, with a long command timeout (bulk writes, big scripts).
	 */
	StringRedisTemplate template(int database) {
		RedisStandaloneConfiguration config = new RedisStandaloneConfiguration("127.0.0.1", this.port);
		config.setDatabase(database);
		LettuceClientConfiguration client = LettuceClientConfiguration.builder()
			.commandTimeout(java.time.Duration.ofMinutes(5))
			.build();
		LettuceConnectionFactory factory = new LettuceConnectionFactory(config, client);
		factory.afterPropertiesSet();
		factory.start();
		this.factories.add(factory);
		StringRedisTemplate template = new StringRedisTemplate(factory);
		template.afterPropertiesSet();
		return template;
	}

	static Properties info(StringRedisTemplate redis, String section) {
		return redis.execute((RedisCallback<Properties>) (connection) -> connection.serverCommands().info(section));
	}

	static long usedMemory(StringRedisTemplate redis) {
		return Long.parseLong(info(redis, "memory").getProperty("used_memory"));
	}

	/** {@code cmdstat_<name>} → calls and microseconds in total. */
	static Map<String, long[]> commandStats(StringRedisTemplate redis) {
		Map<String, long[]> stats = new LinkedHashMap<>();
		info(redis, "commandstats").forEach((key, value) -> {
			String name = key.toString().replace("cmdstat_", "");
			long calls = 0;
			long usec = 0;
			for (String part : value.toString().split(",")) {
				String[] kv = part.split("=");
				if (kv[0].equals("calls")) {
					calls = Long.parseLong(kv[1]);
				}
				else if (kv[0].equals("usec")) {
					usec = Long.parseLong(kv[1]);
				}
			}
			stats.put(name, new long[] { calls, usec });
		});
		return stats;
	}

	private boolean accepts() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", this.port), 200);
			socket.getOutputStream().write("PING\r\n".getBytes());
			byte[] reply = new byte[7];
			int read = socket.getInputStream().read(reply);
			return read > 0 && new String(reply, 0, read).startsWith("+PONG");
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		this.factories.forEach(LettuceConnectionFactory::destroy);
		this.process.destroy();
	}

}

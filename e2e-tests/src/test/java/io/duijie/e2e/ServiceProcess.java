package io.duijie.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.awaitility.Awaitility;

/**
 * One service, started from its runnable jar as its own JVM process, as run.sh starts it.
 */
final class ServiceProcess implements AutoCloseable {

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String name;

	private final Process process;

	private final int port;

	private final Path log;

	private ServiceProcess(String name, Process process, int port, Path log) {
		this.name = name;
		this.process = process;
		this.port = port;
		this.log = log;
	}

	static ServiceProcess start(String name, int port, Map<String, String> environment) throws IOException {
		Path root = Path.of(System.getProperty("duijie.root", ".."));
		String version = System.getProperty("duijie.version", "0.1.0-SNAPSHOT");
		Path jar = root.resolve(name).resolve("target").resolve(name + "-" + version + ".jar");
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException("No runnable jar at " + jar + ": build with ./mvnw -B verify");
		}
		Path logs = Files.createDirectories(Path.of("target", "e2e-logs"));
		Path log = logs.resolve(name + ".log");
		String java = ProcessHandle.current().info().command().orElse("java");
		ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().putAll(environment);
		builder.environment().put("SERVER_PORT", String.valueOf(port));
		return new ServiceProcess(name, builder.start(), port, log);
	}

	void awaitHealthy() {
		Awaitility.await(this.name + " healthy (log: " + this.log.toAbsolutePath() + ")")
			.atMost(Duration.ofSeconds(180))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> {
				if (!this.process.isAlive()) {
					throw new IllegalStateException(this.name + " exited with " + this.process.exitValue() + ", see "
							+ this.log.toAbsolutePath());
				}
				try {
					HttpResponse<String> response = http.send(HttpRequest.newBuilder(url("/actuator/health")).build(),
							HttpResponse.BodyHandlers.ofString());
					return response.statusCode() == 200 && response.body().contains("\"UP\"");
				}
				catch (IOException ex) {
					return false;
				}
			});
	}

	URI url(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	@Override
	public void close() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.process.destroyForcibly();
		}
	}

}

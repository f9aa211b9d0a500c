package io.duijie.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on loopback that receives webhook calls: it records every call
 * (path, query, headers, raw body, the status it answered) and answers what
 * {@link #answer} says.
 */
final class WebhookReceiver implements AutoCloseable {

	/** One call as received. */
	record Call(String path, String query, Map<String, List<String>> headers, byte[] body, int status) {

		String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter((e) -> e.getKey().equalsIgnoreCase(name))
				.map((e) -> e.getValue().get(0))
				.findFirst()
				.orElse(null);
		}

		/**
		 * Headers with lower-case names, as the Standard Webhooks library looks them up.
		 */
		Map<String, List<String>> lowerCaseHeaders() {
			return this.headers.entrySet()
				.stream()
				.collect(
						Collectors.toMap((e) -> e.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue, (a, b) -> a));
		}

		String text() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

		boolean succeeded() {
			return this.status >= 200 && this.status < 300;
		}

	}

	private final HttpServer server;

	private final List<Call> calls = new CopyOnWriteArrayList<>();

	private volatile IntSupplier answer = () -> 204;

	private volatile String responseBody = "";

	WebhookReceiver() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/", (exchange) -> {
			byte[] body;
			try (InputStream in = exchange.getRequestBody()) {
				body = in.readAllBytes();
			}
			int status = this.answer.getAsInt();
			this.calls.add(new Call(exchange.getRequestURI().getPath(), exchange.getRequestURI().getRawQuery(),
					Map.copyOf(exchange.getRequestHeaders()), body, status));
			byte[] response = this.responseBody.getBytes(StandardCharsets.UTF_8);
			if (response.length == 0 || status == 204) {
				exchange.sendResponseHeaders(status, -1);
			}
			else {
				exchange.getResponseHeaders().add("Content-Type", "application/json");
				exchange.sendResponseHeaders(status, response.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(response);
				}
			}
			exchange.close();
		});
		this.server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
		this.server.start();
	}

	/** The status of each next call. */
	WebhookReceiver answer(IntSupplier status) {
		this.answer = status;
		return this;
	}

	/** A JSON body for answers other than 204 (robots answer 200 with an error code). */
	WebhookReceiver responseBody(String json) {
		this.responseBody = json;
		return this;
	}

	String url(String path) {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + path;
	}

	List<Call> calls() {
		return List.copyOf(this.calls);
	}

	List<Call> callsTo(String path) {
		return this.calls.stream().filter((c) -> c.path().equals(path)).toList();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}

package io.duijie.matching;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/** A plain HTTP client of the fairs API, as an organiser's front end would use it. */
final class FairsApi {

	private final HttpClient http = HttpClient.newHttpClient();

	private final String base;

	FairsApi(int port) {
		this.base = "http://localhost:" + port;
	}

	/** {@code POST /api/fairs}: the new fair's id. */
	String createFair(String json) {
		return ok(post("/api/fairs", json, "en"), 201).get("id").asString();
	}

	/** Registers a participant; answers its id. */
	String register(String fairId, String json) {
		HttpResponse<String> response = post("/api/fairs/" + fairId + "/participants", json, "en");
		return ok(response, response.statusCode()).get("id").asString();
	}

	/** Requests a meeting; answers the request (201 new pair, 200 a stance added). */
	JsonNode request(String fairId, String json) {
		HttpResponse<String> response = post("/api/fairs/" + fairId + "/requests", json, "en");
		return ok(response, response.statusCode());
	}

	JsonNode getJson(String path) {
		return ok(get(path, "en"), 200);
	}

	/**
	 * The parsed body, after checking the status (any 2xx when {@code status} is 2xx).
	 */
	static JsonNode ok(HttpResponse<String> response, int status) {
		if (response.statusCode() != status || status / 100 != 2) {
			throw new AssertionError(response.request().method() + " " + response.uri() + " answered "
					+ response.statusCode() + " (expected " + status + "): " + response.body());
		}
		return TestProfiles.JSON.readTree(response.body());
	}

	static List<JsonNode> list(JsonNode array) {
		List<JsonNode> nodes = new ArrayList<>();
		array.forEach(nodes::add);
		return nodes;
	}

	/** {@code field: message} of each error of a validation problem. */
	static List<String> errors(HttpResponse<String> response) {
		return list(TestProfiles.JSON.readTree(response.body()).get("errors")).stream()
			.map((error) -> error.get("field").asString() + ": " + error.get("message").asString())
			.toList();
	}

	static JsonNode problem(HttpResponse<String> response) {
		return TestProfiles.JSON.readTree(response.body());
	}

	HttpResponse<String> get(String path, String acceptLanguage) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Accept-Language", acceptLanguage)
			.GET()
			.build());
	}

	HttpResponse<String> post(String path, String json, String acceptLanguage) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Accept-Language", acceptLanguage)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
			.build());
	}

	HttpResponse<String> delete(String path, String acceptLanguage) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Accept-Language", acceptLanguage)
			.DELETE()
			.build());
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}

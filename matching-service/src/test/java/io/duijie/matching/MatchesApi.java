package io.duijie.matching;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/** A plain HTTP client of a running matching-service, as any caller would use it. */
final class MatchesApi {

	private final HttpClient http = HttpClient.newHttpClient();

	private final String base;

	MatchesApi(int port) {
		this.base = "http://localhost:" + port;
	}

	/** {@code GET /api/matches?<parameter>=<id>}: the matches, in the order served. */
	List<JsonNode> matches(String parameter, String id) {
		HttpResponse<String> response = get(
				"/api/matches?" + parameter + "=" + URLEncoder.encode(id, StandardCharsets.UTF_8), "en");
		if (response.statusCode() != 200) {
			throw new AssertionError("GET /api/matches answered " + response.statusCode() + ": " + response.body());
		}
		List<JsonNode> matches = new ArrayList<>();
		TestProfiles.JSON.readTree(response.body()).forEach(matches::add);
		return matches;
	}

	static List<String> matchIds(List<JsonNode> matches) {
		return matches.stream().map((match) -> match.get("matchId").asString()).toList();
	}

	static List<Double> scores(List<JsonNode> matches) {
		return matches.stream().map((match) -> match.get("score").asDouble()).toList();
	}

	/** {@code GET /api/matches/{matchId}/feedback}: both sides' latest decisions. */
	JsonNode feedback(String matchId) {
		HttpResponse<String> response = get("/api/matches/" + matchId + "/feedback", "en");
		if (response.statusCode() != 200) {
			throw new AssertionError("GET feedback answered " + response.statusCode() + ": " + response.body());
		}
		return TestProfiles.JSON.readTree(response.body());
	}

	/** {@code POST /api/matches/{matchId}/feedback} with a JSON body. */
	HttpResponse<String> giveFeedback(String matchId, String json, String acceptLanguage) {
		return post("/api/matches/" + matchId + "/feedback", json, acceptLanguage);
	}

	HttpResponse<String> get(String pathAndQuery, String acceptLanguage) {
		return send(HttpRequest.newBuilder(URI.create(this.base + pathAndQuery))
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

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

	HttpResponse<String> get(String pathAndQuery, String acceptLanguage) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.base + pathAndQuery))
			.header("Accept-Language", acceptLanguage)
			.GET()
			.build();
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

package io.duijie.matching;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/** A plain HTTP client of the fairs API, as an organiser's front end would use it. */
final class FairsApi {

	/** The HTTP plumbing (Accept-Language, JSON bodies) is the matches API client's. */
	private final MatchesApi http;

	FairsApi(int port) {
		this.http = new MatchesApi(port);
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
		return this.http.get(path, acceptLanguage);
	}

	HttpResponse<String> post(String path, String json, String acceptLanguage) {
		return this.http.post(path, json, acceptLanguage);
	}

	HttpResponse<String> delete(String path, String acceptLanguage) {
		return this.http.delete(path, acceptLanguage);
	}

}

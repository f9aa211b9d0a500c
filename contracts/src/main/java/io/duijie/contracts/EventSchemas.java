package io.duijie.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validates an event payload against the JSON Schema of its CloudEvents {@code ce_type},
 * as published in {@code contracts} ({@link EventType#schemaResource()}). Schemas are
 * loaded from the classpath once and cached. Formats ({@code date-time}, {@code email})
 * are asserted, not only annotated.
 *
 * <pre>{@code
 * String ceType = new String(record.headers().lastHeader(CloudEventHeaders.TYPE).value(), StandardCharsets.UTF_8);
 * EventSchemas.assertValid(ceType, record.value());
 * }</pre>
 */
public final class EventSchemas {

	private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
			(builder) -> builder
				.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private static final Map<EventType, Schema> SCHEMAS = new ConcurrentHashMap<>();

	private EventSchemas() {
	}

	/**
	 * Validate a payload against the schema of its {@code ce_type}.
	 * @param ceType the CloudEvents {@code ce_type} header value
	 * @param json the record value; {@code null} (a tombstone) is not an event and is
	 * reported as an error
	 * @return the error messages, empty if the payload is valid
	 */
	public static List<String> validate(String ceType, byte @Nullable [] json) {
		Optional<EventType> type = EventType.ofType(ceType);
		if (type.isEmpty()) {
			return List.of("Unknown ce_type '" + ceType + "': not one of "
					+ Arrays.stream(EventType.values()).map(EventType::type).toList());
		}
		if (json == null) {
			return List.of("No payload: a null value is a tombstone, not a " + ceType + " event");
		}
		JsonNode node;
		try {
			node = JSON.readTree(json);
		}
		catch (JacksonException ex) {
			return List.of("Not JSON: " + ex.getOriginalMessage());
		}
		if (node == null || node.isMissingNode()) {
			return List.of("Empty payload: not a " + ceType + " event");
		}
		return schema(type.get()).validate(node).stream().map(EventSchemas::describe).toList();
	}

	/**
	 * Assert that a payload is valid against the schema of its {@code ce_type}.
	 * @param ceType the CloudEvents {@code ce_type} header value
	 * @param json the record value
	 * @throws AssertionError listing every violation
	 */
	public static void assertValid(String ceType, byte @Nullable [] json) {
		List<String> errors = validate(ceType, json);
		if (!errors.isEmpty()) {
			throw new AssertionError(errors.stream()
				.collect(Collectors.joining("\n  - ", "Payload is not a valid " + ceType + " event:\n  - ", "")));
		}
	}

	/**
	 * {@code <JSON Pointer>: <what is wrong>}, e.g.
	 * {@code /score: must have a maximum value of 1}.
	 */
	private static String describe(com.networknt.schema.Error error) {
		String at = error.getInstanceLocation().toString();
		return (at.isEmpty() ? "(root)" : at) + ": " + error.getMessage();
	}

	private static Schema schema(EventType type) {
		return SCHEMAS.computeIfAbsent(type, EventSchemas::load);
	}

	private static Schema load(EventType type) {
		try (InputStream in = EventType.class.getResourceAsStream(type.schemaResource())) {
			if (in == null) {
				throw new IllegalStateException("No schema on the classpath at " + type.schemaResource());
			}
			Schema schema = REGISTRY.getSchema(in);
			schema.initializeValidators();
			return schema;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + type.schemaResource(), ex);
		}
	}

}

package io.duijie.platform.kafka;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.duijie.contracts.EventType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Schema of every {@link EventType}, loaded once from the contracts jar, with format assertions on (a
 * {@code date-time} or {@code email} that is not one is an error).
 */
public final class EventSchemas {

	private final JsonMapper mapper;

	private final Map<EventType, Schema> schemas = new EnumMap<>(EventType.class);

	public EventSchemas(JsonMapper mapper) {
		this.mapper = mapper;
		SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
				(builder) -> builder
					.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
		for (EventType type : EventType.values()) {
			try (InputStream in = EventType.class.getResourceAsStream(type.schemaResource())) {
				if (in == null) {
					throw new IllegalStateException("No schema at " + type.schemaResource());
				}
				this.schemas.put(type, registry.getSchema(in));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	/** The schema violations of a payload; empty if it is valid. */
	public List<String> validate(EventType type, byte[] json) {
		JsonNode node;
		try {
			node = this.mapper.readTree(json);
		}
		catch (JacksonException ex) {
			return List.of("not JSON: " + ex.getOriginalMessage());
		}
		return this.schemas.get(type).validate(node).stream().map(Object::toString).toList();
	}

}

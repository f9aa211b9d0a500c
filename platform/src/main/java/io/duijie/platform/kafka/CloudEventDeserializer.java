package io.duijie.platform.kafka;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.duijie.contracts.CloudEventHeaders;
import io.duijie.contracts.EventSchemas;
import io.duijie.contracts.EventType;
import io.duijie.contracts.Topics;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a CloudEvents 1.0 binary-mode record into its event record. The payload type
 * comes from {@code ce_type} through the closed list {@link EventType}, never from a
 * class name in a header; the type must belong to the topic (or its dead-letter topic)
 * and the payload must validate against the type's JSON Schema. Headers are bounded in
 * size. Anything else is an {@link InvalidEventException}, which
 * {@code ErrorHandlingDeserializer} hands to the dead-letter recoverer. A {@code null}
 * value (a tombstone) stays {@code null}.
 */
public final class CloudEventDeserializer implements Deserializer<Object> {

	private final JsonMapper mapper;

	private final int maxHeaderBytes;

	public CloudEventDeserializer(JsonMapper mapper, int maxHeaderBytes) {
		this.mapper = mapper;
		this.maxHeaderBytes = maxHeaderBytes;
	}

	@Override
	public @Nullable Object deserialize(String topic, byte @Nullable [] data) {
		throw new InvalidEventException("CloudEvents binary mode needs the record headers");
	}

	@Override
	public @Nullable Object deserialize(String topic, Headers headers, byte @Nullable [] data) {
		if (data == null) {
			return null;
		}
		checkHeaderSize(headers);
		String specVersion = header(headers, CloudEventHeaders.SPEC_VERSION);
		if (!CloudEventHeaders.SPEC_VERSION_1_0.equals(specVersion)) {
			throw new InvalidEventException("ce_specversion must be 1.0, was " + specVersion);
		}
		String ceType = header(headers, CloudEventHeaders.TYPE);
		EventType type = EventType.ofType(ceType)
			.orElseThrow(() -> new InvalidEventException("Unknown ce_type " + ceType));
		if (!topic.equals(type.topic()) && !topic.equals(Topics.deadLetter(type.topic()))) {
			throw new InvalidEventException(ceType + " does not travel on topic " + topic);
		}
		String contentType = header(headers, CloudEventHeaders.CONTENT_TYPE);
		if (contentType != null && !contentType.startsWith(CloudEventHeaders.APPLICATION_JSON)) {
			throw new InvalidEventException("content-type must be application/json, was " + contentType);
		}
		List<String> errors = EventSchemas.validate(ceType, data);
		if (!errors.isEmpty()) {
			throw new InvalidEventException(ceType + " does not match its schema: " + String.join("; ", errors));
		}
		try {
			return this.mapper.readValue(data, type.payloadType());
		}
		catch (JacksonException ex) {
			throw new InvalidEventException("Unreadable " + ceType + ": " + ex.getOriginalMessage(), ex);
		}
	}

	private void checkHeaderSize(Headers headers) {
		int total = 0;
		for (Header header : headers) {
			total += header.key().length() + ((header.value() != null) ? header.value().length : 0);
		}
		if (total > this.maxHeaderBytes) {
			throw new InvalidEventException("Headers of " + total + " bytes exceed " + this.maxHeaderBytes);
		}
	}

	private static @Nullable String header(Headers headers, String name) {
		Header header = headers.lastHeader(name);
		return (header != null && header.value() != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

}

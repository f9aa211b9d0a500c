package io.duijie.platform.kafka;

import java.nio.charset.StandardCharsets;

import io.duijie.contracts.CloudEventHeaders;
import io.duijie.contracts.DuijieEvent;
import io.duijie.contracts.EventType;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link DuijieEvent} as a CloudEvents 1.0 event in Kafka binary content mode:
 * the JSON payload as the value, the attributes as {@code ce_*} headers (unless the
 * record already has them, as a dead-lettered record does). {@code byte[]} values pass
 * through unchanged (dead-lettering a record that could not be read); {@code null} stays
 * a tombstone.
 */
public final class CloudEventSerializer implements Serializer<Object> {

	private final JsonMapper mapper;

	private final String source;

	public CloudEventSerializer(JsonMapper mapper, String source) {
		this.mapper = mapper;
		this.source = source;
	}

	@Override
	public byte @Nullable [] serialize(String topic, @Nullable Object data) {
		return serialize(topic, null, data);
	}

	@Override
	public byte @Nullable [] serialize(String topic, @Nullable Headers headers, @Nullable Object data) {
		if (data == null) {
			return null;
		}
		if (data instanceof byte[] bytes) {
			return bytes;
		}
		if (headers != null && data instanceof DuijieEvent event
				&& headers.lastHeader(CloudEventHeaders.TYPE) == null) {
			add(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
			add(headers, CloudEventHeaders.ID, event.eventId());
			add(headers, CloudEventHeaders.TYPE, EventType.of(event).type());
			add(headers, CloudEventHeaders.SOURCE, this.source);
			add(headers, CloudEventHeaders.TIME, event.occurredAt().toString());
			add(headers, CloudEventHeaders.SUBJECT, event.key());
			add(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.APPLICATION_JSON);
		}
		return this.mapper.writeValueAsBytes(data);
	}

	private static void add(Headers headers, String name, String value) {
		headers.add(name, value.getBytes(StandardCharsets.UTF_8));
	}

}

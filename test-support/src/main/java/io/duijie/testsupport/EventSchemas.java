package io.duijie.testsupport;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * For the services' tests: validates what a service produced against the schema of its
 * {@code ce_type}. Delegates to {@link io.duijie.contracts.EventSchemas}, the validator
 * the consumers use.
 */
public final class EventSchemas {

	private EventSchemas() {
	}

	public static List<String> validate(String ceType, byte @Nullable [] json) {
		return io.duijie.contracts.EventSchemas.validate(ceType, json);
	}

	public static void assertValid(@Nullable String ceType, byte @Nullable [] json) {
		if (ceType == null) {
			throw new AssertionError("No ce_type header");
		}
		io.duijie.contracts.EventSchemas.assertValid(ceType, json);
	}

}

package io.duijie.intake.leads;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One record of capital arrived (到资).
 *
 * @param amountCny whole yuan
 * @param at when it arrived
 * @param by who recorded it
 * @param note the staff member's note, or {@code null}
 */
public record Arrival(long amountCny, Instant at, String by, @Nullable String note) {
}

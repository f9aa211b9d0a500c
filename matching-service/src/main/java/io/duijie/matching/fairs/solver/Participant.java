package io.duijie.matching.fairs.solver;

import java.util.BitSet;

import org.jspecify.annotations.Nullable;

/**
 * A participant as the scheduler sees it.
 *
 * @param id its id
 * @param group its group for the who-can-meet-whom rules (e.g. {@code enterprise},
 * {@code government}, {@code investor})
 * @param maxMeetings the most meetings it takes
 * @param available the slots it can attend (bit {@code s} set = available in slot
 * {@code s}); not modified
 * @param language a language it needs at the table beyond Mandarin, or {@code null}
 */
public record Participant(String id, String group, int maxMeetings, BitSet available, @Nullable String language) {
}

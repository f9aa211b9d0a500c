package io.duijie.matching.fairs.solver;

import java.util.Set;

/**
 * A table (or room) of a fair.
 *
 * @param id its id
 * @param languages the languages it offers beyond Mandarin (an interpreter, e.g.
 * {@code en}, {@code yue}); empty for a plain table
 */
public record Table(String id, Set<String> languages) {

	public Table {
		languages = Set.copyOf(languages);
	}

}

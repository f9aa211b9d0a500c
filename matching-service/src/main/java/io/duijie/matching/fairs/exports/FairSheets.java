package io.duijie.matching.fairs.exports;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Where the exports read a fair's schedule; the fairs package implements it over its
 * store.
 */
public interface FairSheets {

	/**
	 * One version of a fair's schedule.
	 * @param fairId the fair
	 * @param version the version, or {@code null} for the one in force: the latest
	 * published, else the latest draft
	 * @return the sheet, empty when the fair or the version does not exist
	 */
	Optional<FairSheet> sheet(String fairId, @Nullable Integer version);

}

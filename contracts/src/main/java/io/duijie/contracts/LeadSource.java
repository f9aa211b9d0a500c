package io.duijie.contracts;

/** Where a lead came from. */
public enum LeadSource {

	/** A matchmaking fair (对接会); the lead names the fair. */
	FAIR,

	/** A match Duijie proposed; the lead names the match. */
	MATCH,

	/** A bulk import (Excel or CSV). */
	IMPORT,

	/** Entered by a staff member. */
	MANUAL

}

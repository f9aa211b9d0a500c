package io.duijie.intake.analytics;

/** No current industry cluster with this id. */
class ClusterNotFoundException extends RuntimeException {

	private final String id;

	ClusterNotFoundException(String id) {
		super("No cluster " + id);
		this.id = id;
	}

	String id() {
		return this.id;
	}

}

package io.duijie.intake.leads;

/** No lead with this id. */
class LeadNotFoundException extends RuntimeException {

	private final String id;

	LeadNotFoundException(String id) {
		super("No lead " + id);
		this.id = id;
	}

	String id() {
		return this.id;
	}

}

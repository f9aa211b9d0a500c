package io.duijie.matching.fairs.solver;

/**
 * Why a request ended unscheduled: its fixed cause if it had one (unknown participant,
 * rule, no common slot, no table), else a participant already at its maximum (capacity),
 * else the slots both sides can attend are all taken (busy).
 */
final class Causes {

	private Causes() {
	}

	static Unscheduled of(Schedule schedule, int r) {
		Model model = schedule.model;
		Unscheduled fixed = model.staticCause[r];
		if (fixed != null) {
			return fixed;
		}
		String id = model.request[r].id();
		int a = model.a[r];
		int b = model.b[r];
		for (int p : new int[] { a, b }) {
			if (!schedule.hasRoom(p)) {
				return new Unscheduled(id, Unscheduled.Cause.CAPACITY, model.participantId[p],
						model.participantId[p] + " already has its maximum of " + model.maxMeetings[p]
								+ " meetings, which weigh at least as much");
			}
		}
		int common = 0;
		int byA = 0;
		int byB = 0;
		int byTables = 0;
		for (int s = 0; s < model.slots; s++) {
			if (!model.available(a, s) || !model.available(b, s)) {
				continue;
			}
			common++;
			if (schedule.occupant(a, s) >= 0) {
				byA++;
			}
			else if (schedule.occupant(b, s) >= 0) {
				byB++;
			}
			else {
				byTables++;
			}
		}
		String who = (byA == 0 && byB == 0) ? "" : model.participantId[(byA >= byB) ? a : b];
		String detail = "of the " + common + " slots both " + model.participantId[a] + " and " + model.participantId[b]
				+ " can attend, " + byA + " hold other meetings of " + model.participantId[a] + ", " + byB
				+ " other meetings of " + model.participantId[b] + " and " + byTables + " have no suitable table free";
		return new Unscheduled(id, Unscheduled.Cause.BUSY, who, detail);
	}

}

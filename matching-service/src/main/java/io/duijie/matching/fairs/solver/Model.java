package io.duijie.matching.fairs.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * A {@link Problem} in arrays: participants, requests and tables numbered from 0, and the
 * causes that rule a request out before any scheduling (unknown participant, rule, no
 * common slot, no table).
 */
final class Model {

	final Problem problem;

	final int slots;

	final int[] session;

	final int participants;

	final String[] participantId;

	final int[] maxMeetings;

	/** {@code available[p * slots + s]}. */
	final boolean[] available;

	final Map<String, Integer> participantIndex = new HashMap<>();

	final int requests;

	final Request[] request;

	/** Participant indexes of each request's two sides, -1 when unknown. */
	final int[] a;

	final int[] b;

	final int[] weight;

	/**
	 * The table class of each request (see {@link TableTypes}), -1 if a side is unknown.
	 */
	final int[] need;

	/** Why a request can never be placed, {@code null} when it can be tried. */
	final @Nullable Unscheduled[] staticCause;

	final Map<String, Integer> requestIndex = new HashMap<>();

	final TableTypes tables;

	final Map<String, Integer> tableIndex = new HashMap<>();

	/**
	 * Whether each participant has a request that can be tried (fairness counts these).
	 */
	final boolean[] counted;

	Model(Problem problem) {
		this.problem = problem;
		this.slots = problem.slots();
		this.session = problem.slotSessions().stream().mapToInt(Integer::intValue).toArray();
		List<Participant> people = problem.participants();
		this.participants = people.size();
		this.participantId = new String[this.participants];
		this.maxMeetings = new int[this.participants];
		this.available = new boolean[this.participants * this.slots];
		for (int p = 0; p < this.participants; p++) {
			Participant person = people.get(p);
			if (this.participantIndex.put(person.id(), p) != null) {
				throw new IllegalArgumentException("participant " + person.id() + " appears twice");
			}
			this.participantId[p] = person.id();
			this.maxMeetings[p] = Math.max(0, person.maxMeetings());
			for (int s = 0; s < this.slots; s++) {
				this.available[p * this.slots + s] = person.available().get(s);
			}
		}
		for (int t = 0; t < problem.tables().size(); t++) {
			if (this.tableIndex.put(problem.tables().get(t).id(), t) != null) {
				throw new IllegalArgumentException("table " + problem.tables().get(t).id() + " appears twice");
			}
		}
		this.requests = problem.requests().size();
		this.request = problem.requests().toArray(new Request[0]);
		this.a = new int[this.requests];
		this.b = new int[this.requests];
		this.weight = new int[this.requests];
		this.need = new int[this.requests];
		this.staticCause = new Unscheduled[this.requests];
		List<Set<String>> needs = new ArrayList<>(this.requests);
		for (int r = 0; r < this.requests; r++) {
			Request req = this.request[r];
			if (this.requestIndex.put(req.id(), r) != null) {
				throw new IllegalArgumentException("request " + req.id() + " appears twice");
			}
			this.a[r] = this.participantIndex.getOrDefault(req.a(), -1);
			this.b[r] = this.participantIndex.getOrDefault(req.b(), -1);
			this.weight[r] = req.weight();
			needs.add(needOf(req));
		}
		this.tables = TableTypes.of(needs, problem.tables());
		this.counted = new boolean[this.participants];
		for (int r = 0; r < this.requests; r++) {
			this.need[r] = (this.a[r] < 0 || this.b[r] < 0) ? -1 : this.tables.classOf(needs.get(r));
			this.staticCause[r] = ruledOut(r);
			if (this.staticCause[r] == null) {
				this.counted[this.a[r]] = true;
				this.counted[this.b[r]] = true;
			}
		}
	}

	private Set<String> needOf(Request req) {
		Set<String> need = new TreeSet<>();
		for (String id : List.of(req.a(), req.b())) {
			Integer p = this.participantIndex.get(id);
			String language = (p != null) ? this.problem.participants().get(p).language() : null;
			if (language != null) {
				need.add(language);
			}
		}
		return need;
	}

	boolean available(int p, int s) {
		return this.available[p * this.slots + s];
	}

	int other(int r, int p) {
		return (this.a[r] == p) ? this.b[r] : this.a[r];
	}

	Participant person(int p) {
		return this.problem.participants().get(p);
	}

	/** Slots both sides of request {@code r} can attend. */
	int commonSlots(int r) {
		int n = 0;
		for (int s = 0; s < this.slots; s++) {
			if (available(this.a[r], s) && available(this.b[r], s)) {
				n++;
			}
		}
		return n;
	}

	private @Nullable Unscheduled ruledOut(int r) {
		Request req = this.request[r];
		if (this.a[r] < 0) {
			return new Unscheduled(req.id(), Unscheduled.Cause.UNKNOWN_PARTICIPANT, req.a(),
					"participant " + req.a() + " is not part of the fair");
		}
		if (this.b[r] < 0) {
			return new Unscheduled(req.id(), Unscheduled.Cause.UNKNOWN_PARTICIPANT, req.b(),
					"participant " + req.b() + " is not part of the fair");
		}
		Participant pa = person(this.a[r]);
		Participant pb = person(this.b[r]);
		if (this.a[r] == this.b[r]) {
			return new Unscheduled(req.id(), Unscheduled.Cause.RULE, pa.id(), "a participant cannot meet itself");
		}
		Set<GroupPair> allowed = this.problem.allowed();
		if (!allowed.isEmpty() && !allowed.contains(GroupPair.of(pa.group(), pb.group()))) {
			return new Unscheduled(req.id(), Unscheduled.Cause.RULE, "",
					"the rules do not let group " + pa.group() + " meet group " + pb.group());
		}
		if (commonSlots(r) == 0) {
			int fewer = (pa.available().cardinality() <= pb.available().cardinality()) ? this.a[r] : this.b[r];
			return new Unscheduled(req.id(), Unscheduled.Cause.NO_COMMON_SLOT, this.participantId[fewer],
					pa.id() + " and " + pb.id() + " are never available in the same slot");
		}
		if (!this.tables.served(this.need[r])) {
			return noTable(r, pa, pb);
		}
		return null;
	}

	private Unscheduled noTable(int r, Participant pa, Participant pb) {
		String id = this.request[r].id();
		if (pa.language() == null && pb.language() == null) {
			return new Unscheduled(id, Unscheduled.Cause.NO_TABLE, "", "the fair has no table");
		}
		for (Participant p : List.of(pa, pb)) {
			String language = p.language();
			if (language != null && this.problem.tables().stream().noneMatch((t) -> t.languages().contains(language))) {
				return new Unscheduled(id, Unscheduled.Cause.NO_TABLE, p.id(),
						"no table offers " + language + ", which " + p.id() + " needs");
			}
		}
		return new Unscheduled(id, Unscheduled.Cause.NO_TABLE, pa.id(), "no table offers both " + pa.language()
				+ " (for " + pa.id() + ") and " + pb.language() + " (for " + pb.id() + ")");
	}

}

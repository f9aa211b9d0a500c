package io.duijie.matching.index;

import java.util.Arrays;

/**
 * The weighted union of some postings, computed where they are read: a member's weight is
 * the sum of the weights of the postings it is in. An open-addressing table of document
 * numbers (no boxing: a query adds thousands of members), then every member best first.
 *
 * <p>
 * Document numbers are those {@link CandidateIndex} allocates (positive, one sequence per
 * side, below 2³¹).
 */
final class WeightedUnion {

	private long[] members;

	private double[] weights;

	private int size;

	WeightedUnion(int expected) {
		int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
		this.members = new long[capacity];
		this.weights = new double[capacity];
	}

	/** Adds the members of one posting. */
	void add(long[] posting, double weight) {
		for (long member : posting) {
			add(member, weight);
		}
	}

	void add(long member, double weight) {
		if (member <= 0 || member > Integer.MAX_VALUE) {
			throw new IllegalArgumentException("Not a document number: " + member);
		}
		if (2 * (this.size + 1) > this.members.length) {
			grow();
		}
		int slot = slot(member, this.members.length);
		while (this.members[slot] != 0 && this.members[slot] != member) {
			slot = (slot + 1) & (this.members.length - 1);
		}
		if (this.members[slot] == 0) {
			this.members[slot] = member;
			this.size++;
		}
		this.weights[slot] += weight;
	}

	int size() {
		return this.size;
	}

	/**
	 * Every member, the heaviest first; equal weights (to a float's precision) by
	 * document number, the oldest first.
	 */
	long[] best() {
		// weight (a positive float's bits order as its value) over the inverted document
		// number: one primitive sort
		long[] keys = new long[this.size];
		int n = 0;
		for (int slot = 0; slot < this.members.length; slot++) {
			if (this.members[slot] != 0) {
				long weight = Float.floatToIntBits((float) Math.max(0, this.weights[slot]));
				keys[n++] = (weight << 32) | (Integer.MAX_VALUE - this.members[slot]);
			}
		}
		Arrays.sort(keys);
		long[] best = new long[n];
		for (int i = 0; i < n; i++) {
			best[i] = Integer.MAX_VALUE - (keys[n - 1 - i] & 0xFFFF_FFFFL);
		}
		return best;
	}

	private void grow() {
		long[] oldMembers = this.members;
		double[] oldWeights = this.weights;
		this.members = new long[oldMembers.length * 2];
		this.weights = new double[oldMembers.length * 2];
		for (int i = 0; i < oldMembers.length; i++) {
			if (oldMembers[i] != 0) {
				int slot = slot(oldMembers[i], this.members.length);
				while (this.members[slot] != 0) {
					slot = (slot + 1) & (this.members.length - 1);
				}
				this.members[slot] = oldMembers[i];
				this.weights[slot] = oldWeights[i];
			}
		}
	}

	private static int slot(long member, int capacity) {
		// Fibonacci hashing: consecutive document numbers spread over the table
		return (int) ((member * 0x9E37_79B9_7F4A_7C15L) >>> 33) & (capacity - 1);
	}

}

package id.paritrana.engine.score;

/**
 * Candidate numbers by code: open addressing over the candidates' own code array, so that
 * 750,000 codes cost two {@code int}s a slot instead of a boxed map entry. Each slot
 * keeps its code's hash, so a probe compares strings only when the hashes agree. Not
 * thread-safe while codes are added; safe to read once complete.
 */
final class CodeIndex {

	/** Candidate number + 1, 0 when free; at most half full. */
	private int[] slots;

	private int[] hashes;

	private int size;

	/** An index with room for {@code expected} codes before it grows. */
	CodeIndex(int expected) {
		int capacity = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) * 2;
		this.slots = new int[capacity];
		this.hashes = new int[capacity];
	}

	/**
	 * Adds {@code codes[i]}, the next candidate's code.
	 * @return the number of an equal code added before, or −1 when the code is new (and
	 * now added)
	 */
	int add(String[] codes, int i) {
		int hash = spread(codes[i].hashCode());
		int slot = slotOf(codes, codes[i], hash);
		if (this.slots[slot] != 0) {
			return this.slots[slot] - 1;
		}
		this.slots[slot] = i + 1;
		this.hashes[slot] = hash;
		if (++this.size * 2 > this.slots.length) {
			grow();
		}
		return -1;
	}

	/** The number of the candidate with that code, or −1. */
	int find(String[] codes, String code) {
		return this.slots[slotOf(codes, code, spread(code.hashCode()))] - 1;
	}

	private int slotOf(String[] codes, String code, int hash) {
		int mask = this.slots.length - 1;
		int slot = hash & mask;
		while (this.slots[slot] != 0 && (this.hashes[slot] != hash || !codes[this.slots[slot] - 1].equals(code))) {
			slot = (slot + 1) & mask;
		}
		return slot;
	}

	private void grow() {
		int[] slots = new int[this.slots.length * 2];
		int[] hashes = new int[slots.length];
		int mask = slots.length - 1;
		for (int s = 0; s < this.slots.length; s++) {
			if (this.slots[s] != 0) {
				int slot = this.hashes[s] & mask;
				while (slots[slot] != 0) {
					slot = (slot + 1) & mask;
				}
				slots[slot] = this.slots[s];
				hashes[slot] = this.hashes[s];
			}
		}
		this.slots = slots;
		this.hashes = hashes;
	}

	/** Codes that differ only in their last characters differ in the low bits too. */
	private static int spread(int h) {
		h ^= h >>> 16;
		h *= 0x85ebca6b;
		return h ^ (h >>> 13);
	}

}

package id.paritrana.engine.data;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A compact set of keys (such as NPPs) numbered 0, 1, 2… in the order added, looked up
 * from bytes without creating strings. 750,000 NPPs take about 20 MB instead of the ~80
 * MB of a {@code HashMap<String, Integer>}.
 */
public final class Keys {

	private byte[] bytes = new byte[1 << 16];

	private int used;

	/** Key i is {@code bytes[offsets[i], offsets[i + 1])}. */
	private int[] offsets = new int[1 << 10];

	private int size;

	/** Open addressing: slot holds key index + 1, 0 when free. */
	private int[] table = new int[1 << 11];

	public int size() {
		return this.size;
	}

	/**
	 * Adds a key; returns its number, or −(number of the equal key) − 1 when already
	 * present.
	 */
	public int add(String key) {
		byte[] b = key.getBytes(StandardCharsets.UTF_8);
		return add(b, 0, b.length);
	}

	/** Adds the key {@code b[from, to)}; returns as {@link #add(String)}. */
	public int add(byte[] b, int from, int to) {
		int slot = slotOf(b, from, to);
		if (this.table[slot] != 0) {
			return -this.table[slot];
		}
		int n = to - from;
		if (this.used + n > this.bytes.length) {
			this.bytes = Arrays.copyOf(this.bytes, Math.max(this.bytes.length * 2, this.used + n));
		}
		System.arraycopy(b, from, this.bytes, this.used, n);
		if (this.size + 2 > this.offsets.length) {
			this.offsets = Arrays.copyOf(this.offsets, this.offsets.length * 2);
		}
		this.offsets[this.size] = this.used;
		this.used += n;
		this.offsets[this.size + 1] = this.used;
		int index = this.size++;
		this.table[slot] = index + 1;
		if (this.size * 2 > this.table.length) {
			rehash();
		}
		return index;
	}

	/** Adds key number {@code i} of another set; returns as {@link #add(String)}. */
	public int add(Keys other, int i) {
		return add(other.bytes, other.offsets[i], other.offsets[i + 1]);
	}

	/** The number of a key, or −1. */
	public int find(String key) {
		byte[] b = key.getBytes(StandardCharsets.UTF_8);
		return find(b, 0, b.length);
	}

	/** The number of the key {@code b[from, to)}, or −1. */
	public int find(byte[] b, int from, int to) {
		return this.table[slotOf(b, from, to)] - 1;
	}

	/** Key number i. */
	public String key(int i) {
		if (i < 0 || i >= this.size) {
			throw new IndexOutOfBoundsException(i);
		}
		return new String(this.bytes, this.offsets[i], this.offsets[i + 1] - this.offsets[i], StandardCharsets.UTF_8);
	}

	/** The slot holding that key, or the free slot where it belongs. */
	private int slotOf(byte[] b, int from, int to) {
		int mask = this.table.length - 1;
		int slot = hash(b, from, to) & mask;
		while (true) {
			int entry = this.table[slot];
			if (entry == 0 || equal(entry - 1, b, from, to)) {
				return slot;
			}
			slot = (slot + 1) & mask;
		}
	}

	/** Whether key number {@code index} is {@code b[from, to)}. */
	boolean equal(int index, byte[] b, int from, int to) {
		int s = this.offsets[index];
		int n = this.offsets[index + 1] - s;
		return n == to - from && Arrays.equals(this.bytes, s, s + n, b, from, to);
	}

	private static int hash(byte[] b, int from, int to) {
		int h = 0;
		for (int i = from; i < to; i++) {
			h = 31 * h + b[i];
		}
		// spread the low bits, which select the slot
		h ^= h >>> 16;
		h *= 0x85ebca6b;
		h ^= h >>> 13;
		return h;
	}

	private void rehash() {
		int[] next = new int[this.table.length * 2];
		int mask = next.length - 1;
		for (int i = 0; i < this.size; i++) {
			int slot = hash(this.bytes, this.offsets[i], this.offsets[i + 1]) & mask;
			while (next[slot] != 0) {
				slot = (slot + 1) & mask;
			}
			next[slot] = i + 1;
		}
		this.table = next;
	}

}

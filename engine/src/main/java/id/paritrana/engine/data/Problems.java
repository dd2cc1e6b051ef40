package id.paritrana.engine.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects problems across files. Thread-safe. Keeps at most {@link #LIMIT_PER_FILE}
 * problems of one file and counts the rest, so that a file of millions of bad rows cannot
 * exhaust the heap.
 */
public final class Problems {

	/** How many problems of one file are kept (the rest are only counted). */
	public static final int LIMIT_PER_FILE = 10_000;

	private final Map<String, List<Problem>> byFile = new LinkedHashMap<>();

	private final Map<String, Long> omitted = new LinkedHashMap<>();

	public synchronized void add(Problem problem) {
		List<Problem> list = this.byFile.computeIfAbsent(problem.file(), f -> new ArrayList<>());
		if (list.size() < LIMIT_PER_FILE) {
			list.add(problem);
		}
		else {
			this.omitted.merge(problem.file(), 1L, Long::sum);
		}
	}

	public void add(String file, long line, String column, String reason) {
		add(new Problem(file, line, column, reason));
	}

	public synchronized boolean isEmpty() {
		return this.byFile.isEmpty();
	}

	/** All kept problems: files in the order they were first reported, each by line. */
	public synchronized List<Problem> list() {
		List<Problem> all = new ArrayList<>();
		for (List<Problem> ofFile : this.byFile.values()) {
			List<Problem> sorted = new ArrayList<>(ofFile);
			sorted.sort(Comparator.comparingLong(Problem::line));
			all.addAll(sorted);
		}
		return all;
	}

	/**
	 * How many problems were counted beyond the {@link #LIMIT_PER_FILE} kept of a file.
	 */
	public synchronized long notListed() {
		return this.omitted.values().stream().mapToLong(Long::longValue).sum();
	}

	/** The problems as lines, followed by a count of any not kept. */
	public synchronized List<String> lines() {
		List<String> lines = new ArrayList<>();
		list().forEach(p -> lines.add(p.toString()));
		this.omitted.forEach((file, count) -> lines.add(file + ": " + count + " more problems not listed"));
		return lines;
	}

}

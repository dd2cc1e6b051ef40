package id.paritrana.engine.score;

/**
 * Stable merge sort of int indices with a primitive comparator: no boxing on hot paths.
 */
final class IntSort {

	private IntSort() {
	}

	@FunctionalInterface
	interface IntComparator {

		int compare(int a, int b);

	}

	/** Sorts {@code a[from, to)} stably. */
	static void sort(int[] a, int from, int to, IntComparator c) {
		if (to - from < 2) {
			return;
		}
		int[] buffer = new int[to - from];
		mergeSort(a, buffer, from, to, c);
	}

	private static void mergeSort(int[] a, int[] buffer, int from, int to, IntComparator c) {
		int length = to - from;
		if (length <= 16) {
			for (int i = from + 1; i < to; i++) {
				int x = a[i];
				int j = i - 1;
				while (j >= from && c.compare(a[j], x) > 0) {
					a[j + 1] = a[j];
					j--;
				}
				a[j + 1] = x;
			}
			return;
		}
		int mid = (from + to) >>> 1;
		mergeSort(a, buffer, from, mid, c);
		mergeSort(a, buffer, mid, to, c);
		if (c.compare(a[mid - 1], a[mid]) <= 0) {
			return;
		}
		System.arraycopy(a, from, buffer, 0, mid - from);
		int i = 0;
		int iEnd = mid - from;
		int j = mid;
		int k = from;
		while (i < iEnd && j < to) {
			if (c.compare(a[j], buffer[i]) < 0) {
				a[k++] = a[j++];
			}
			else {
				a[k++] = buffer[i++];
			}
		}
		while (i < iEnd) {
			a[k++] = buffer[i++];
		}
	}

}

package id.paritrana.app.dataset;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import id.paritrana.engine.data.DataSet;

/**
 * The data sets of DESIGN §6 by the names users type: the file's base name, e.g.
 * {@code employer-contributions}.
 */
public final class DataSets {

	private DataSets() {
	}

	/** The data set of that name (as in {@link DataSet#baseName()}), if any. */
	public static Optional<DataSet> byName(String name) {
		return Arrays.stream(DataSet.values()).filter(set -> set.baseName().equals(name)).findFirst();
	}

	/** Every data set, in the order of §6. */
	public static List<DataSet> all() {
		return List.of(DataSet.values());
	}

	/** The names, for messages that list what is accepted. */
	public static String names() {
		return String.join(", ", all().stream().map(DataSet::baseName).toList());
	}

}

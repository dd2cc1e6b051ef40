package id.paritrana.app.dataset;

import java.util.List;
import java.util.Optional;

/**
 * What an import did: either the new version, or every problem found (up to
 * {@link id.paritrana.engine.data.Problems#LIMIT_PER_FILE}, with a count of the rest) and
 * nothing stored.
 */
public record ImportOutcome(Optional<DatasetVersion> version, String fileName, List<ImportProblem> problems,
		long problemsNotListed) {

	public boolean imported() {
		return this.version.isPresent();
	}

	static ImportOutcome imported(DatasetVersion version) {
		return new ImportOutcome(Optional.of(version), version.fileName(), List.of(), 0);
	}

	static ImportOutcome invalid(String fileName, List<ImportProblem> problems, long notListed) {
		return new ImportOutcome(Optional.empty(), fileName, List.copyOf(problems), notListed);
	}

}

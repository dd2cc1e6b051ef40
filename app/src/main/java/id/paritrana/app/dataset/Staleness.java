package id.paritrana.app.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import id.paritrana.engine.data.DataSet;

/**
 * What is out of date in an edition's pipeline (data sets → measures → desk scores) and
 * why: the measures were computed from other versions of the data sets than the current
 * ones, or not at all. The pages say it beside the step to run again.
 */
@Service
public class Staleness {

	private final DatasetVersions versions;

	private final StoredMeasures measures;

	Staleness(DatasetVersions versions, StoredMeasures measures) {
		this.versions = versions;
		this.measures = measures;
	}

	/**
	 * A data set whose current version the measures were not computed from.
	 *
	 * @param used the version the measures were computed from; null when they were
	 * computed without it
	 * @param current the version imported since
	 */
	public record StaleDataSet(String dataset, Integer used, int current) {
	}

	/**
	 * Why the edition's measures are out of date.
	 *
	 * @param computed whether measures were computed at all (when not, {@code dataSets}
	 * is empty)
	 * @param dataSets the data sets imported since, in §6 order
	 */
	public record MeasuresState(boolean computed, List<StaleDataSet> dataSets) {

		public boolean stale() {
			return !this.computed || !this.dataSets.isEmpty();
		}

	}

	/**
	 * The measures' state against the current data sets; empty when the edition has no
	 * data yet.
	 */
	public Optional<MeasuresState> measures(int editionYear) {
		List<DatasetVersion> current = this.versions.current(editionYear)
			.stream()
			.filter(v -> !v.dataset().equals(DataSet.JURY_SCORES.baseName()))
			.toList();
		if (current.isEmpty()) {
			return Optional.empty();
		}
		Optional<StoredMeasures.MeasureRun> run = this.measures.run(editionYear);
		if (run.isEmpty()) {
			return Optional.of(new MeasuresState(false, List.of()));
		}
		List<DatasetVersion> used = this.versions.versions(run.get().datasetVersionIds());
		List<StaleDataSet> stale = new ArrayList<>();
		for (DatasetVersion v : current) {
			if (!run.get().datasetVersionIds().contains(v.id())) {
				Integer usedVersion = used.stream()
					.filter(u -> u.dataset().equals(v.dataset()))
					.map(DatasetVersion::version)
					.findFirst()
					.orElse(null);
				stale.add(new StaleDataSet(v.dataset(), usedVersion, v.version()));
			}
		}
		return Optional.of(new MeasuresState(true, stale));
	}

	/**
	 * A data set and the data sets that must be imported before it (DESIGN §6), in import
	 * order.
	 */
	public record Step(String dataset, List<String> needs) {
	}

	/**
	 * The import order: every data set of §6, employers before the data sets keyed by its
	 * NPPs.
	 */
	public static List<Step> importOrder() {
		List<Step> steps = new ArrayList<>();
		for (DataSet set : DataSets.all()) {
			boolean byNpp = set == DataSet.CONTRIBUTIONS || set == DataSet.EMPLOYER_VULNERABLE;
			steps.add(new Step(set.baseName(), byNpp ? List.of(DataSet.EMPLOYERS.baseName()) : List.of()));
		}
		return steps;
	}

}

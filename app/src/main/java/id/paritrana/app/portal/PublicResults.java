package id.paritrana.app.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import id.paritrana.app.edition.Edition;
import id.paritrana.app.edition.EditionRubrics;
import id.paritrana.app.edition.Editions;
import id.paritrana.app.result.ResultRow;
import id.paritrana.app.result.Results;
import id.paritrana.app.result.Snapshot;
import id.paritrana.app.result.Winner;
import id.paritrana.app.result.ZoneWinner;
import id.paritrana.app.system.NotFoundException;
import id.paritrana.engine.rubric.Aspect;
import id.paritrana.engine.rubric.Category;

/**
 * What the public may see of determined results: editions with a determined level, their juara
 * 1–3 and zone awards, and a winner's scorecard (scores only: no contact persons, no user names).
 */
@Service
public class PublicResults {

	private final Editions editions;

	private final Results results;

	private final EditionRubrics rubrics;

	private final Coverage coverage;

	PublicResults(Editions editions, Results results, EditionRubrics rubrics, Coverage coverage) {
		this.editions = editions;
		this.results = results;
		this.rubrics = rubrics;
		this.coverage = coverage;
	}

	/** Editions with at least one determined level, newest first. */
	public List<Edition> determinedEditions() {
		return this.editions.list()
			.stream()
			.filter(e -> this.results.snapshots(e.awardYear()).stream().anyMatch(s -> !s.superseded()))
			.toList();
	}

	/**
	 * The edition the coverage dashboard opens on: the latest determined edition when it has
	 * coverage data, else the newest edition with coverage data.
	 */
	public Optional<Integer> coverageEdition() {
		List<Integer> withData = this.coverage.editions();
		return this.results.latestDetermined()
			.map(Snapshot::editionYear)
			.filter(withData::contains)
			.or(() -> withData.stream().findFirst());
	}

	/** The winners of a determined edition, grouped by level scope, then category. */
	public Podium podium(int year) {
		Edition edition = this.editions.require(year);
		List<Winner> winners = this.results.winners(year);
		List<ZoneWinner> zones = this.results.zoneAwards(year);
		if (winners.isEmpty() && zones.isEmpty()) {
			throw new NotFoundException("determined results of edition " + year);
		}
		Map<String, Map<Category, List<Winner>>> byScope = new LinkedHashMap<>();
		for (Winner winner : winners) {
			byScope.computeIfAbsent(winner.scope(), s -> new LinkedHashMap<>())
				.computeIfAbsent(winner.category(), c -> new ArrayList<>())
				.add(winner);
		}
		return new Podium(edition, byScope, zones);
	}

	/**
	 * The public scorecard of a juara 1–3 of a current snapshot: its results row and the aspects
	 * of the edition's rubric.
	 * @throws NotFoundException for anything but a winner of a current snapshot of that edition
	 */
	public Card card(int year, long snapshotId, Category category, String code) {
		Snapshot snapshot = this.results.snapshot(snapshotId)
			.filter(s -> s.editionYear() == year && !s.superseded())
			.orElseThrow(() -> new NotFoundException("snapshot " + snapshotId));
		ResultRow row = this.results.rows(snapshotId)
			.stream()
			.filter(r -> r.category() == category && r.candidateCode().equals(code) && r.juara() > 0)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("winner " + code));
		List<Aspect> aspects = this.rubrics.rubric(year, category).aspects();
		return new Card(this.editions.require(year), snapshot, row, aspects);
	}

	/** The winners of an edition by level scope ({@code ID} or a province code) and category. */
	public record Podium(Edition edition, Map<String, Map<Category, List<Winner>>> byScope, List<ZoneWinner> zones) {
	}

	/** A winner's public scorecard. */
	public record Card(Edition edition, Snapshot snapshot, ResultRow row, List<Aspect> aspects) {
	}

}

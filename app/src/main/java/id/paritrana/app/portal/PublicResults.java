package id.paritrana.app.portal;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
import id.paritrana.engine.rubric.Indicator;
import id.paritrana.engine.rubric.Rubric;

/**
 * What the public may see of determined results: editions with a determined level, their
 * juara 1–3 and zone awards, and a winner's scorecard (aspect and indicator scores only:
 * no contact persons, no user names).
 */
@Service
public class PublicResults {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

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
	 * The edition the coverage dashboard opens on: the latest determined edition when it
	 * has coverage data, else the newest edition with coverage data.
	 */
	public Optional<Integer> coverageEdition() {
		List<Integer> withData = this.coverage.editions();
		return this.results.latestDetermined()
			.map(Snapshot::editionYear)
			.filter(withData::contains)
			.or(() -> withData.stream().findFirst());
	}

	/**
	 * The winners of an edition, grouped by level scope, then category; none while none
	 * of its levels is determined.
	 * @throws NotFoundException when there is no such edition
	 */
	public Podium podium(int year) {
		Edition edition = this.editions.require(year);
		List<Winner> winners = this.results.winners(year);
		List<ZoneWinner> zones = this.results.zoneAwards(year);
		Map<String, Map<Category, List<Winner>>> byScope = new LinkedHashMap<>();
		for (Winner winner : winners) {
			byScope.computeIfAbsent(winner.scope(), s -> new LinkedHashMap<>())
				.computeIfAbsent(winner.category(), c -> new ArrayList<>())
				.add(winner);
		}
		return new Podium(edition, byScope, zones);
	}

	/**
	 * The public scorecard of a juara 1–3 of a current snapshot: its results row, and the
	 * aspects and indicators of the rubric the snapshot kept (the edition's rubric if it
	 * kept none) with the row's scores.
	 * @throws NotFoundException for anything but a winner of a current snapshot of that
	 * edition
	 */
	public Card card(int year, long snapshotId, Category category, String code) {
		Snapshot snapshot = this.results.snapshot(snapshotId)
			.filter(s -> s.editionYear() == year && !s.superseded())
			.orElseThrow(() -> new NotFoundException("snapshot " + snapshotId));
		ResultRow row = this.results.row(snapshotId, category, code)
			.filter(r -> r.juara() > 0)
			.orElseThrow(() -> new NotFoundException("winner " + code));
		Rubric rubric = this.results.rubric(snapshotId, category).orElseGet(() -> this.rubrics.rubric(year, category));
		List<AspectLine> lines = new ArrayList<>();
		for (Aspect aspect : rubric.aspects()) {
			BigDecimal score = row.aspectScores().get(aspect.id());
			if (score == null) {
				continue;
			}
			List<IndicatorLine> indicators = new ArrayList<>();
			if (row.hasIndicatorScores()) {
				for (Indicator indicator : aspect.indicators()) {
					BigDecimal s = row.indicatorScores().get(indicator.id());
					if (s != null) {
						BigDecimal weight = weight(indicator.weight());
						indicators.add(new IndicatorLine(indicator.id(), indicator.name(), weight, s,
								weight.multiply(s).divide(HUNDRED, 2, RoundingMode.HALF_UP)));
					}
				}
			}
			lines.add(new AspectLine(aspect.id(), aspect.name(), weight(aspect.weight()), score, indicators));
		}
		return new Card(this.editions.require(year), snapshot, row, lines);
	}

	/** A rubric weight as written: 10 rather than 10.0, 7.5 as is. */
	private static BigDecimal weight(double weight) {
		BigDecimal w = BigDecimal.valueOf(weight).stripTrailingZeros();
		return (w.scale() < 0) ? w.setScale(0) : w;
	}

	/**
	 * The winners of an edition by level scope ({@code ID} or a province code) and
	 * category.
	 */
	public record Podium(Edition edition, Map<String, Map<Category, List<Winner>>> byScope, List<ZoneWinner> zones) {

		/** Whether a level of the edition has been determined. */
		public boolean determined() {
			return !this.byScope.isEmpty() || !this.zones.isEmpty();
		}
	}

	/**
	 * A winner's public scorecard: per aspect of the snapshot's rubric (those the row has
	 * a score of), its indicators — empty when the snapshot did not record indicator
	 * scores.
	 */
	public record Card(Edition edition, Snapshot snapshot, ResultRow row, List<AspectLine> aspects) {

		/** Whether the snapshot recorded the indicator scores shown. */
		public boolean hasIndicators() {
			return this.row.hasIndicatorScores();
		}

	}

	/**
	 * One aspect of a scorecard: its weight, published score and indicators in rubric
	 * order.
	 */
	public record AspectLine(String id, String name, BigDecimal weight, BigDecimal score,
			List<IndicatorLine> indicators) {
	}

	/**
	 * One indicator of a scorecard: weight, published score and weighted contribution
	 * (weight × score / 100).
	 */
	public record IndicatorLine(String id, String name, BigDecimal weight, BigDecimal score, BigDecimal contribution) {
	}

}

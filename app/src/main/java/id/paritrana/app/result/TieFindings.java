package id.paritrana.app.result;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import id.paritrana.app.edition.StageFindings;
import id.paritrana.app.edition.StagePreconditions;

/**
 * Juara places (1–3) that candidates share because the tie-break did not separate them,
 * before determination.
 */
@Component
class TieFindings implements StageFindings {

	private final Determinations determinations;

	TieFindings(Determinations determinations) {
		this.determinations = determinations;
	}

	@Override
	public List<StagePreconditions.Finding> find(int editionYear, String levelScope,
			Set<StagePreconditions.Check> checks) {
		if (!checks.contains(StagePreconditions.Check.TIES_AT_JUARA)) {
			return List.of();
		}
		String href = "/edisi/" + editionYear + "/hasil/" + levelScope;
		return this.determinations.ties(this.determinations.compute(editionYear, levelScope))
			.stream()
			.filter(t -> !t.resolved())
			.map(t -> new StagePreconditions.Finding(StagePreconditions.Check.TIES_AT_JUARA,
					t.category() + " juara " + t.place() + " · " + t.rows().size() + " × " + t.score(), href))
			.toList();
	}

}

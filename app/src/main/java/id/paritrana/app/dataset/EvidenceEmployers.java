package id.paritrana.app.dataset;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import id.paritrana.app.evidence.ImportedEmployers;

/** The current imported employers, as the evidence module asks for them. */
@Component
class EvidenceEmployers implements ImportedEmployers {

	private final CurrentData data;

	EvidenceEmployers(CurrentData data) {
		this.data = data;
	}

	@Override
	public Optional<Employer> employer(int editionYear, String npp) {
		return this.data.employer(editionYear, npp).map(e -> new Employer(e.name(), e.provinceCode()));
	}

	@Override
	public List<String> employersIn(int editionYear, String provinceCode, int limit) {
		return this.data.employersIn(editionYear, provinceCode, limit);
	}

}

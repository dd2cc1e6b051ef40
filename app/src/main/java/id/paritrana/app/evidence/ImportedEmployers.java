package id.paritrana.app.evidence;

import java.util.List;
import java.util.Optional;

/**
 * The employers evidence can belong to: those of the current version of an edition's
 * imported employers. Answered by the data sets, which depend on this module (they
 * consume its events), so that this module need not depend on them.
 */
public interface ImportedEmployers {

	/** An imported employer: its name and the province of its region. */
	record Employer(String name, String provinceCode) {
	}

	/** The employer of that NPP in the edition's current employers, if any. */
	Optional<Employer> employer(int editionYear, String npp);

	/**
	 * Up to {@code limit} NPPs of a province's employers in the edition's current
	 * employers, in order.
	 */
	List<String> employersIn(int editionYear, String provinceCode, int limit);

}

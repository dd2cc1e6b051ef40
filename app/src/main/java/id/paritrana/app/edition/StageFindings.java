package id.paritrana.app.edition;

import java.util.List;
import java.util.Set;

/**
 * The facts one module owns about a level's incomplete work (evidence, jurors and sheets,
 * ties), for {@link StagePreconditions}. The modules that depend on editions implement
 * it, so that the stages can ask them without depending on them.
 */
public interface StageFindings {

	/**
	 * What is incomplete on the level for the given checks (only those this module owns),
	 * every item in a stable order.
	 * @param levelScope {@code ID} for the national level, else a province code
	 */
	List<StagePreconditions.Finding> find(int editionYear, String levelScope, Set<StagePreconditions.Check> checks);

}

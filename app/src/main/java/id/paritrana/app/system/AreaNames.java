package id.paritrana.app.system;

import java.util.Optional;

import id.paritrana.engine.rubric.Level;

/**
 * What an administrative area is called, for whoever writes a name: the region module
 * knows the areas and answers; formats, certificates and documents ask without depending
 * on it.
 */
public interface AreaNames {

	/** The name of the area with this code, if there is one. */
	Optional<String> name(String code);

	/**
	 * How a document names a level's scope: Indonesia for the national level, else its
	 * province's name, else the code itself.
	 */
	default String ofScope(String scope) {
		return Level.NATIONAL_SCOPE.equals(scope) ? "Indonesia" : name(scope).orElse(scope);
	}

}

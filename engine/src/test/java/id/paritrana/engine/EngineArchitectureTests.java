package id.paritrana.engine;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The engine stays pure Java (DESIGN §8) and its packages depend one way: rubric ← score
 * ← award.
 */
class EngineArchitectureTests {

	private static final JavaClasses ENGINE = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("id.paritrana.engine");

	@Test
	void noFrameworkNoDatabase() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..", "jakarta..")
			.check(ENGINE);
	}

	@Test
	void packagesDependOneWay() {
		noClasses().that()
			.resideInAPackage("..engine.rubric..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..engine.score..", "..engine.award..")
			.check(ENGINE);
		noClasses().that()
			.resideInAPackage("..engine.score..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("..engine.award..")
			.check(ENGINE);
		slices().matching("id.paritrana.engine.(*)..").should().beFreeOfCycles().check(ENGINE);
	}

}

package id.paritrana.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feature modules of the application (DESIGN §8) depend on each other only through
 * their base packages, without cycles; writes the module documentation under target/.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(Paritrana.class);

	/**
	 * How many module-to-module dependencies there may be at most: a ratchet, lowered
	 * whenever one goes; a new one must replace another or be argued for.
	 */
	private static final int MAX_DEPENDENCIES = 68;

	private static final Path DOCS = Path.of("target/modulith-docs");

	/**
	 * A relation of the components diagram:
	 * {@code Rel(<system>.<Source>, <system>.<Target>, …}.
	 */
	private static final Pattern RELATION = Pattern.compile("^Rel\\([\\w.]*\\.(\\w+), [\\w.]*\\.(\\w+),",
			Pattern.MULTILINE);

	@Test
	void modulesRespectTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void writesModuleDocumentation() throws IOException {
		// Files left by an earlier run must not stand in for ones this run failed to
		// write.
		FileSystemUtils.deleteRecursively(DOCS);
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();

		String components = Files.readString(DOCS.resolve("components.puml"));
		Set<String> dependencies = new TreeSet<>();
		for (ApplicationModule module : MODULES) {
			String name = module.getIdentifier().toString();
			assertThat(components).as("components diagram names %s", name)
				.contains("Component(", "." + module.getDisplayName() + ", \"" + module.getDisplayName() + "\"");
			assertThat(DOCS.resolve("module-" + name + ".puml")).as("diagram of %s", name).isNotEmptyFile();
			assertThat(Files.readString(DOCS.resolve("module-" + name + ".adoc"))).as("canvas of %s", name)
				.contains("`" + module.getBasePackage().getName() + "`");
			module.getDirectDependencies(MODULES)
				.uniqueModules()
				.forEach(target -> dependencies.add(module.getDisplayName() + " -> " + target.getDisplayName()));
		}
		assertThat(dependencies).as("the modules depend on each other").isNotEmpty();
		assertThat(dependencies).as("dependencies between modules").hasSizeLessThanOrEqualTo(MAX_DEPENDENCIES);
		Set<String> drawn = new TreeSet<>();
		Matcher relation = RELATION.matcher(components);
		while (relation.find()) {
			drawn.add(relation.group(1) + " -> " + relation.group(2));
		}
		assertThat(drawn).as("dependencies drawn in components.puml").isEqualTo(dependencies);
	}

}

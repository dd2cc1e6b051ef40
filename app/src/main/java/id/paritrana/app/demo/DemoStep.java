package id.paritrana.app.demo;

/**
 * A step of the demo edition after its desk scores (selection, interviews, determination,
 * certificates…): the steps run in their
 * {@link org.springframework.core.annotation.Order}, each only when its result is
 * missing, so a restart does nothing and an interrupted seeding resumes.
 */
interface DemoStep {

	/** Whether this step's result exists in the edition of that year. */
	boolean seeded(int year);

	void seed(int year, String actor);

}

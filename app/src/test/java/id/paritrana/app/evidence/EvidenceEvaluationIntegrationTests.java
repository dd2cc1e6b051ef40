package id.paritrana.app.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import id.paritrana.app.IntegrationTest;
import id.paritrana.app.assessment.DeskResults;
import id.paritrana.app.assessment.DeskScores;
import id.paritrana.app.dataset.CandidateMeasures;
import id.paritrana.app.dataset.DatasetImport;
import id.paritrana.app.dataset.DatasetVersions;
import id.paritrana.app.demo.DemoPdf;
import id.paritrana.app.edition.Editions;
import id.paritrana.app.edition.Stages;
import id.paritrana.app.system.Recomputations;
import id.paritrana.app.system.Recomputed;
import id.paritrana.engine.evaluate.Evaluation;
import id.paritrana.engine.rubric.Level;
import id.paritrana.engine.rubric.Rubrics;

/**
 * The whole data collection and verification as a story: generated {@code small} files
 * imported into an edition of its own, regulations uploaded as evidence, some accepted
 * (before the measures and after the desk scores), some rejected, some left waiting;
 * measures and desk scores computed. The stored desk scores and ranks of every candidate
 * equal {@code evaluate} on a copy of the files whose {@code regulations.csv} holds the
 * accepted regulations as verified rows (on H2, and on PostgreSQL when configured).
 */
@IntegrationTest
class EvidenceEvaluationIntegrationTests {

	static final int EDITION = 2062;

	@TempDir
	static Path dir;

	@TempDir
	static Path copy;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Editions editions;

	@Autowired
	DatasetVersions versions;

	@Autowired
	DatasetImport imports;

	@Autowired
	Stages stages;

	@Autowired
	UserDetailsService users;

	@Autowired
	CandidateMeasures measures;

	@Autowired
	DeskScores deskScores;

	@Autowired
	EvidenceRecords evidence;

	@Autowired
	Recomputations recomputations;

	record Regulation(String code, String type, String number, int year) {

		EvidenceForm form() {
			return new EvidenceForm("REGULASI", this.type, this.number, Integer.toString(this.year),
					"Regulasi " + this.code + ", perlindungan pekerja", "", "", "");
		}

		String row() {
			return this.code + "," + this.type + "," + this.number + "," + this.year + ",\"Regulasi " + this.code
					+ ", perlindungan pekerja\",true\n";
		}

	}

	@Test
	void deskScoresWithAcceptedEvidenceEqualEvaluateOnTheFilesWithThoseRegulationsVerified() throws IOException {
		EvidenceTestData.generate(dir, EDITION, "62");
		EvidenceTestData.importInto(dir, EDITION, this.editions, this.versions, this.imports);
		EvidenceTestData.openLevels(EDITION, this.stages, this.users, "34", "65", "75", Stages.NATIONAL);
		EvidenceTestData.forgetEvidence(this.jdbc, EDITION);

		List<Regulation> acceptedFirst = List.of(new Regulation("34.71", "PERDA", "5", 2023),
				new Regulation("65.01", "INSTRUKSI", "2/INS", 2022), new Regulation("75", "PERKADA", "14", 2021));
		for (Regulation r : acceptedFirst) {
			accept(upload(r));
		}
		this.evidence.verifyAs("verifier", EDITION, upload(new Regulation("34.01", "PERDA", "9", 2023)).id(), "DITOLAK",
				"Rancangan, belum diundangkan");
		upload(new Regulation("34.02", "PERDA", "10", 2023));
		Recomputed.await(this.recomputations, EDITION);
		this.measures.compute(EDITION, "test");
		this.deskScores.compute(EDITION, "test");

		// accepted after the desk scores: only that government's category and scope are
		// recomputed
		String belowPerda = this.jdbc
			.sql("SELECT candidate_code FROM candidate_measure WHERE edition_year = :y AND category = 'PEMKAB_PEMKOT'"
					+ " AND regulation_level <> 'PERDA' AND candidate_code <> '34.71'" + " ORDER BY candidate_code")
			.param("y", EDITION)
			.query(String.class)
			.list()
			.get(0);
		Regulation acceptedAfter = new Regulation(belowPerda, "PERDA", "1", 2020);
		accept(upload(acceptedAfter));
		Recomputed.await(this.recomputations, EDITION);

		for (String file : Files.list(dir).map(p -> p.getFileName().toString()).toList()) {
			Files.copy(dir.resolve(file), copy.resolve(file));
		}
		StringBuilder rows = new StringBuilder();
		for (Regulation r : List.of(acceptedFirst.get(0), acceptedFirst.get(1), acceptedFirst.get(2), acceptedAfter)) {
			rows.append(r.row());
		}
		Files.writeString(copy.resolve("regulations.csv"), rows, StandardCharsets.UTF_8, StandardOpenOption.APPEND);

		Map<String, String> expected = DeskResults
			.evaluated(Evaluation.run(copy, EDITION - 1, EvidenceTestData.areas(), Rubrics.defaults(), Level.NASIONAL));
		Map<String, String> stored = DeskResults.stored(this.jdbc, EDITION);
		assertThat(stored).hasSameSizeAs(expected).containsExactlyInAnyOrderEntriesOf(expected);

		// the evidence made a difference: evaluate on the files as imported disagrees for
		// those governments
		Map<String, String> asImported = DeskResults
			.evaluated(Evaluation.run(dir, EDITION - 1, EvidenceTestData.areas(), Rubrics.defaults(), Level.NASIONAL));
		long differing = asImported.entrySet()
			.stream()
			.filter(e -> !e.getValue().equals(stored.get(e.getKey())))
			.count();
		assertThat(differing).as("candidates whose desk score the accepted evidence changed").isGreaterThanOrEqualTo(2);
	}

	private EvidenceItem upload(Regulation r) {
		return this.evidence.uploadAs("operator", EDITION, r.code(), r.form(), r.code() + ".pdf",
				DemoPdf.of("Regulasi " + r.code(), r.type() + " " + r.number() + "/" + r.year()));
	}

	private EvidenceRecords.Verified accept(EvidenceItem item) {
		return this.evidence.verifyAs("verifier", EDITION, item.id(), "DITERIMA", null);
	}

}

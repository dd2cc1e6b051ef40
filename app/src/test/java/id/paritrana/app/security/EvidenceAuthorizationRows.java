package id.paritrana.app.security;

import static id.paritrana.app.security.AuthorizationMatrixIntegrationTests.PROVINCIAL_COMMITTEE;
import static id.paritrana.app.security.AuthorizationMatrixIntegrationTests.RUNS_34;
import static id.paritrana.app.security.AuthorizationMatrixIntegrationTests.SIGNED_IN;
import static id.paritrana.app.security.AuthorizationMatrixIntegrationTests.union;

import java.util.List;
import java.util.Set;

import id.paritrana.app.DemoUsers;
import id.paritrana.app.security.AuthorizationMatrixIntegrationTests.Row;

/**
 * Candidates, questionnaires and evidence: lists for the national secretariat and, in
 * their province, the committee and verifier; a candidate's page, questionnaire and
 * evidence also for its own operator, who alone fills and uploads; decisions by the
 * province's verifier and the secretariat. Jurors see none of it. (Edition 2099 does not
 * exist: allowed requests answer 404 or 400.)
 */
final class EvidenceAuthorizationRows {

	/**
	 * Whoever may read a piece of evidence once its candidate is known: all but jurors.
	 */
	static final Set<String> READERS = union(PROVINCIAL_COMMITTEE,
			Set.of(DemoUsers.OPERATOR_PEMDA, DemoUsers.OPERATOR_BU));

	static final Set<String> VERIFIERS = Set.of(DemoUsers.ADMIN, DemoUsers.VERIFIKATOR_34);

	static final Set<String> OPERATOR_3471 = Set.of(DemoUsers.OPERATOR_PEMDA);

	static final Set<String> OF_3471 = union(PROVINCIAL_COMMITTEE, OPERATOR_3471);

	private EvidenceAuthorizationRows() {
	}

	static List<Row> rows() {
		return List.of(
				// candidate
				new Row("GET /kandidat", "/kandidat", SIGNED_IN),
				new Row("GET /edisi/{year}/kandidat", "/edisi/2099/kandidat", PROVINCIAL_COMMITTEE),
				new Row("GET /edisi/{year}/kandidat/{code}", "/edisi/2099/kandidat/34.71", OF_3471),
				new Row("POST /edisi/{year}/kandidat/{code}/kuesioner", "/edisi/2099/kandidat/34.71/kuesioner",
						OPERATOR_3471),
				new Row("GET /api/v1/editions/{year}/candidates", "/api/v1/editions/2099/candidates",
						PROVINCIAL_COMMITTEE),
				new Row("GET /api/v1/editions/{year}/candidates/{code}", "/api/v1/editions/2099/candidates/67807051",
						union(PROVINCIAL_COMMITTEE, Set.of(DemoUsers.OPERATOR_BU))),
				new Row("GET /api/v1/editions/{year}/candidates/{code}/questionnaire",
						"/api/v1/editions/2099/candidates/34.71/questionnaire", OF_3471),
				new Row("PUT /api/v1/editions/{year}/candidates/{code}/questionnaire",
						"/api/v1/editions/2099/candidates/34.71/questionnaire", OPERATOR_3471),
				// evidence
				new Row("POST /edisi/{year}/kandidat/{code}/bukti", "/edisi/2099/kandidat/34.71/bukti", OPERATOR_3471),
				new Row("GET /edisi/{year}/bukti/{id}", "/edisi/2099/bukti/1", READERS),
				new Row("GET /edisi/{year}/bukti/{id}/berkas", "/edisi/2099/bukti/1/berkas", READERS),
				new Row("GET /verifikasi-bukti", "/verifikasi-bukti", SIGNED_IN),
				new Row("GET /edisi/{year}/verifikasi", "/edisi/2099/verifikasi", PROVINCIAL_COMMITTEE),
				new Row("POST /edisi/{year}/bukti/{id}/verifikasi", "/edisi/2099/bukti/1/verifikasi", VERIFIERS),
				new Row("POST /edisi/{year}/verifikasi", "/edisi/2099/verifikasi", VERIFIERS),
				new Row("GET /api/v1/editions/{year}/candidates/{code}/evidence",
						"/api/v1/editions/2099/candidates/34.71/evidence", OF_3471),
				new Row("POST /api/v1/editions/{year}/candidates/{code}/evidence",
						"/api/v1/editions/2099/candidates/34.71/evidence", OPERATOR_3471),
				new Row("GET /api/v1/editions/{year}/evidence", "/api/v1/editions/2099/evidence", PROVINCIAL_COMMITTEE),
				new Row("GET /api/v1/editions/{year}/evidence/{id}", "/api/v1/editions/2099/evidence/1", READERS),
				new Row("GET /api/v1/editions/{year}/evidence/{id}/file", "/api/v1/editions/2099/evidence/1/file",
						READERS),
				new Row("POST /api/v1/editions/{year}/evidence/{id}/verification",
						"/api/v1/editions/2099/evidence/1/verification", VERIFIERS),
				new Row("POST /api/v1/editions/{year}/evidence/verification",
						"/api/v1/editions/2099/evidence/verification", VERIFIERS),
				// edition: the menu's way to the stages a user runs
				new Row("GET /tahap", "/tahap", RUNS_34));
	}

}

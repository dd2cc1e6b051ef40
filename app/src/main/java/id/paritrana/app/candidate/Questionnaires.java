package id.paritrana.app.candidate;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import id.paritrana.app.audit.AuditLog;
import id.paritrana.app.edition.Editions;
import id.paritrana.app.evidence.EvidenceAccess;
import id.paritrana.app.evidence.EvidenceOwner;
import id.paritrana.app.evidence.EvidenceOwners;
import id.paritrana.app.evidence.EvidenceRecords;
import id.paritrana.app.security.SignedInUser;
import id.paritrana.app.system.InvalidInputException;
import id.paritrana.app.system.InvalidInputException.Problem;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The questionnaires of an edition's candidates: filled by the candidate's operator while
 * its level takes evidence, saved as drafts, then submitted (final); every answer checked
 * with a message of its own, every save audited. Answers inform the verifier and the
 * jury; no score reads them.
 */
@Service
public class Questionnaires {

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final JsonMapper json;

	private final Editions editions;

	private final EvidenceOwners owners;

	private final EvidenceRecords evidence;

	private final AuditLog audit;

	Questionnaires(JdbcClient jdbc, TransactionTemplate transactions, JsonMapper json, Editions editions,
			EvidenceOwners owners, EvidenceRecords evidence, AuditLog audit) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.json = json;
		this.editions = editions;
		this.owners = owners;
		this.evidence = evidence;
		this.audit = audit;
	}

	/** Where a questionnaire stands. */
	public enum Status {

		/** Nothing saved yet. */
		KOSONG,
		/** Saved, may still change. */
		DRAFT,
		/** Submitted: final. */
		SUBMITTED

	}

	/** A candidate's questionnaire: its questions, answers by question id and status. */
	public record Questionnaire(String candidateCode, List<Question> questions, Map<String, String> answers,
			Status status, String updatedBy, Instant updatedAt, Instant submittedAt) {
	}

	/** The questionnaire of a candidate (empty answers when never saved). */
	public Questionnaire of(int editionYear, EvidenceOwner owner) {
		List<Question> questions = Question.of(owner.kind());
		return this.jdbc
			.sql("SELECT answers, status, updated_by, updated_at, submitted_at FROM questionnaire"
					+ " WHERE edition_year = :y AND candidate_code = :c")
			.param("y", editionYear)
			.param("c", owner.code())
			.query((rs, n) -> {
				OffsetDateTime submitted = rs.getObject("submitted_at", OffsetDateTime.class);
				return new Questionnaire(owner.code(), questions, read(rs.getString("answers")),
						Status.valueOf(rs.getString("status")), rs.getString("updated_by"),
						rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
						(submitted == null) ? null : submitted.toInstant());
			})
			.optional()
			.orElseGet(() -> new Questionnaire(owner.code(), questions, Map.of(), Status.KOSONG, null, null, null));
	}

	/**
	 * Saves the answers of the signed-in operator's own candidate, as a draft or
	 * submitted. A draft may leave questions unanswered; a submission must answer every
	 * required one.
	 */
	public Questionnaire save(SignedInUser me, int editionYear, String code, Map<String, String> given,
			boolean submit) {
		EvidenceOwner owner = EvidenceAccess.writable(me, code, () -> this.owners.require(editionYear, code));
		return saveAs(me.getUsername(), editionYear, owner, given, submit);
	}

	/**
	 * Saves answers in the name of an actor (the demo edition): the same checks but the
	 * access.
	 */
	public Questionnaire saveAs(String actor, int editionYear, EvidenceOwner owner, Map<String, String> given,
			boolean submit) {
		this.editions.require(editionYear);
		if (!this.evidence.open(editionYear, owner)) {
			throw new InvalidInputException("stage", "questionnaire.error.stageClosed");
		}
		Questionnaire before = of(editionYear, owner);
		if (before.status() == Status.SUBMITTED) {
			throw new InvalidInputException("status", "questionnaire.error.submitted");
		}
		Map<String, String> answers = check(before.questions(), given, submit);
		return this.transactions.execute(tx -> {
			OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
			this.jdbc.sql("DELETE FROM questionnaire WHERE edition_year = :y AND candidate_code = :c")
				.param("y", editionYear)
				.param("c", owner.code())
				.update();
			this.jdbc
				.sql("INSERT INTO questionnaire (edition_year, candidate_code, candidate_kind, province_code, answers,"
						+ " status, updated_by, updated_at, submitted_at) VALUES (:y, :c, :k, :p, :a, :s, :by, :at, :sub)")
				.param("y", editionYear)
				.param("c", owner.code())
				.param("k", owner.kind().name())
				.param("p", owner.provinceCode())
				.param("a", this.json.writeValueAsString(answers))
				.param("s", submit ? Status.SUBMITTED.name() : Status.DRAFT.name())
				.param("by", actor)
				.param("at", now)
				.param("sub", submit ? now : null)
				.update();
			Questionnaire after = of(editionYear, owner);
			this.audit.recordAs(actor, submit ? "QUESTIONNAIRE_SUBMITTED" : "QUESTIONNAIRE_SAVED", "questionnaire",
					editionYear + "/" + owner.code(), (before.status() == Status.KOSONG) ? null : before.answers(),
					after.answers());
			return after;
		});
	}

	/** The answers to the questions, normalised; every problem at once. */
	static Map<String, String> check(List<Question> questions, Map<String, String> given, boolean submit) {
		List<Problem> problems = new ArrayList<>();
		Map<String, String> answers = new LinkedHashMap<>();
		for (Question q : questions) {
			String value = Optional.ofNullable(given.get(q.id())).orElse("").strip();
			if (value.isEmpty()) {
				if (submit && q.required()) {
					problems.add(new Problem(q.id(), "questionnaire.error.required"));
				}
				continue;
			}
			switch (q.type()) {
				case TEXT, LONG_TEXT -> {
					if (value.length() > q.max()) {
						problems.add(new Problem(q.id(), "questionnaire.error.tooLong", q.max()));
					}
					else if (value.codePoints()
						.anyMatch(c -> Character.isISOControl(c)
								&& (q.type() == Question.Type.TEXT || (c != '\n' && c != '\r' && c != '\t')))) {
						problems.add(new Problem(q.id(), "questionnaire.error.control"));
					}
					else {
						answers.put(q.id(), value);
					}
				}
				case PHONE -> {
					if (value.length() > q.max() || !value.matches("\\+?[0-9][0-9 \\-]*")) {
						problems.add(new Problem(q.id(), "questionnaire.error.phone"));
					}
					else {
						answers.put(q.id(), value);
					}
				}
				case WHOLE -> {
					String digits = value.replace(".", "").replace(" ", "");
					if (!digits.matches("[0-9]{1,19}")) {
						problems.add(new Problem(q.id(), "questionnaire.error.number"));
					}
					else if (digits.length() > 18 || Long.parseLong(digits) > q.max()) {
						problems.add(new Problem(q.id(), "questionnaire.error.range", 0, q.max()));
					}
					else {
						answers.put(q.id(), Long.toString(Long.parseLong(digits)));
					}
				}
			}
		}
		if (answers.containsKey("vendors") && answers.containsKey("vendors_covered")
				&& Long.parseLong(answers.get("vendors_covered")) > Long.parseLong(answers.get("vendors"))) {
			problems.add(new Problem("vendors_covered", "questionnaire.error.vendorsCovered"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return answers;
	}

	private Map<String, String> read(String text) {
		return this.json.readValue(text, new TypeReference<LinkedHashMap<String, String>>() {
		});
	}

}

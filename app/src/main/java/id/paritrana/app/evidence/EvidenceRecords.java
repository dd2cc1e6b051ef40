package id.paritrana.app.evidence;

import java.io.Serializable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

import id.paritrana.app.audit.AuditLog;
import id.paritrana.app.edition.Edition;
import id.paritrana.app.edition.Editions;
import id.paritrana.app.edition.Stage;
import id.paritrana.app.edition.Stages;
import id.paritrana.engine.rubric.Category;
import id.paritrana.app.security.Role;
import id.paritrana.app.security.SignedInUser;
import id.paritrana.app.system.InvalidInputException;
import id.paritrana.app.system.InvalidInputException.Problem;
import id.paritrana.app.system.NotFoundException;
import id.paritrana.app.system.SafeFileName;

/**
 * The evidence of an edition's candidates: uploads by their operators while the
 * candidate's level is in {@code PENDATAAN} or {@code VERIFIKASI}, checked (a real PDF by
 * content, within the size limit, described as its kind requires) and stored with its
 * SHA-256 in the database; the verifiers' decisions, with a reason for a rejection. Every
 * change is audited. A decision is published as {@link EvidenceDecided} with it: on a
 * regulation, the government's {@code regulation_level} and the desk scores of its
 * category and scope are recomputed after the decision commits, while the verifier
 * already sees the decision.
 */
@Service
public class EvidenceRecords {

	static final String COLUMNS = "id, edition_year, candidate_code, candidate_kind, province_code, kind,"
			+ " regulation_type, doc_number, doc_year, title, partner, fiscal_year, amount, file_label, size_bytes,"
			+ " pages, sha256, status, reason, uploaded_by, uploaded_at, verified_by, verified_at";

	/** The most pieces of evidence one decision takes: a page of the queue at most. */
	public static final int MAX_DECIDED_AT_ONCE = 200;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Editions editions;

	private final Stages stages;

	private final EvidenceOwners owners;

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	private final EvidenceProperties properties;

	private final PdfCheck pdfCheck;

	private final ObjectProvider<DossierReaders> readers;

	EvidenceRecords(JdbcClient jdbc, TransactionTemplate transactions, Editions editions, Stages stages,
			EvidenceOwners owners, ApplicationEventPublisher events, AuditLog audit, EvidenceProperties properties,
			PdfCheck pdfCheck, ObjectProvider<DossierReaders> readers) {
		this.readers = readers;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.editions = editions;
		this.stages = stages;
		this.owners = owners;
		this.events = events;
		this.audit = audit;
		this.properties = properties;
		this.pdfCheck = pdfCheck;
	}

	/** The largest PDF accepted, in bytes. */
	public long maxFileSize() {
		return this.properties.maxFileSize().toBytes();
	}

	/**
	 * Whether a candidate's level is in a stage that takes evidence and decisions on it.
	 */
	public boolean open(int editionYear, EvidenceOwner owner) {
		Stage current = this.stages.current(editionYear, owner.levelScope());
		return current == Stage.PENDATAAN || current == Stage.VERIFIKASI;
	}

	/**
	 * An upload by the signed-in operator of the candidate: access first, then the
	 * edition, the stage, the description and the file, every problem at once.
	 */
	public EvidenceItem upload(SignedInUser me, int editionYear, String code, EvidenceForm form, MultipartFile file) {
		EvidenceOwner owner = EvidenceAccess.writable(me, code, () -> this.owners.require(editionYear, code));
		List<Problem> problems = new ArrayList<>();
		byte[] content = null;
		if (file == null || file.isEmpty()) {
			problems.add(new Problem("file", "evidence.error.noFile"));
		}
		else if (file.getSize() > maxFileSize()) {
			problems.add(tooLarge());
		}
		else {
			try {
				content = file.getBytes();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return store(me.getUsername(), editionYear, owner, form, (file == null) ? null : file.getOriginalFilename(),
				content, problems);
	}

	/**
	 * An upload in the name of an actor (the demo edition, an import of evidence): the
	 * same checks as {@link #upload} but the access, which the caller answers for.
	 */
	public EvidenceItem uploadAs(String actor, int editionYear, String code, EvidenceForm form, String fileName,
			byte[] content) {
		EvidenceOwner owner = this.owners.require(editionYear, code);
		List<Problem> problems = new ArrayList<>();
		if (content.length > maxFileSize()) {
			problems.add(tooLarge());
			content = null;
		}
		return store(actor, editionYear, owner, form, fileName, content, problems);
	}

	private Problem tooLarge() {
		return new Problem("file", "evidence.error.tooLarge", this.properties.maxFileSize().toMegabytes());
	}

	private EvidenceItem store(String actor, int editionYear, EvidenceOwner owner, EvidenceForm form, String fileName,
			byte[] content, List<Problem> problems) {
		Edition edition = this.editions.require(editionYear);
		if (!open(editionYear, owner)) {
			throw new InvalidInputException("stage", "evidence.error.stageClosed",
					this.stages.current(editionYear, owner.levelScope()).name());
		}
		Described described = describe(form, owner, edition, problems);
		int pages = 0;
		if (content != null) {
			if (content.length == 0) {
				problems.add(new Problem("file", "evidence.error.noFile"));
			}
			else {
				try {
					pages = this.pdfCheck.pages(content);
				}
				catch (InvalidInputException ex) {
					problems.addAll(ex.problems());
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		String label = SafeFileName.of(fileName);
		String sha256 = sha256(content);
		int pageCount = pages;
		return this.transactions.execute(status -> {
			KeyHolder key = new GeneratedKeyHolder();
			this.jdbc
				.sql("INSERT INTO evidence (edition_year, candidate_code, candidate_kind, province_code, kind,"
						+ " regulation_type, doc_number, doc_year, title, partner, fiscal_year, amount, file_label,"
						+ " size_bytes, pages, sha256, content, status, uploaded_by) VALUES (:y, :code, :ck, :p, :kind,"
						+ " :rt, :num, :yr, :title, :partner, :fy, :amount, :label, :size, :pages, :sha, :content,"
						+ " 'MENUNGGU', :by)")
				.param("y", editionYear)
				.param("code", owner.code())
				.param("ck", owner.kind().name())
				.param("p", owner.provinceCode())
				.param("kind", described.kind().name())
				.param("rt", described.regulationType())
				.param("num", described.number())
				.param("yr", described.year())
				.param("title", described.title())
				.param("partner", described.partner())
				.param("fy", described.fiscalYear())
				.param("amount", described.amount())
				.param("label", label)
				.param("size", (long) content.length)
				.param("pages", pageCount)
				.param("sha", sha256)
				.param("content", content)
				.param("by", actor)
				.update(key, "id");
			long id = key.getKeyAs(Number.class).longValue();
			EvidenceItem item = require(editionYear, id);
			this.audit.recordAs(actor, "EVIDENCE_UPLOADED", "evidence", Long.toString(id), null, auditView(item));
			return item;
		});
	}

	/** A description checked field by field. */
	private record Described(EvidenceKind kind, String regulationType, String number, Integer year, String title,
			String partner, Integer fiscalYear, Long amount) {
	}

	private static Described describe(EvidenceForm form, EvidenceOwner owner, Edition edition, List<Problem> problems) {
		EvidenceKind kind = choice(EvidenceKind.class, "kind", form.kind(), problems);
		if (kind != null && !kind.isFor(owner.kind())) {
			problems.add(new Problem("kind", "evidence.error.kindNotFor", kind.name()));
			kind = null;
		}
		String title = text("title", form.title(), 300, true, problems);
		String regulationType = null;
		String number = null;
		Integer year = null;
		String partner = null;
		Integer fiscalYear = null;
		Long amount = null;
		int latest = edition.awardYear();
		if (kind == EvidenceKind.REGULASI) {
			RegulationType type = choice(RegulationType.class, "regulationType", form.regulationType(), problems);
			regulationType = (type == null) ? null : type.name();
			number = text("number", form.number(), 100, true, problems);
			year = (Integer) whole("year", form.year(), 1945, latest, true, problems);
		}
		else if (kind == EvidenceKind.MOU) {
			partner = text("partner", form.partner(), 200, true, problems);
			number = text("number", form.number(), 100, true, problems);
			year = (Integer) whole("year", form.year(), 1945, latest, true, problems);
		}
		else if (kind == EvidenceKind.APBD) {
			fiscalYear = (Integer) whole("fiscalYear", form.fiscalYear(), 2000, latest, true, problems);
			Number value = whole("amount", form.amount(), 0, 1_000_000_000_000_000L, true, problems);
			amount = (value == null) ? null : value.longValue();
		}
		return new Described(kind, regulationType, number, year, title, partner, fiscalYear, amount);
	}

	private static <E extends Enum<E>> E choice(Class<E> type, String field, String text, List<Problem> problems) {
		String value = (text == null) ? "" : text.strip().toUpperCase(Locale.ROOT);
		if (value.isEmpty()) {
			problems.add(new Problem(field, "evidence.error.required"));
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			problems.add(new Problem(field, "evidence.error.choice", text.strip()));
			return null;
		}
	}

	/**
	 * A text field: required or not, at most {@code max} characters, without control
	 * characters.
	 */
	static String text(String field, String text, int max, boolean required, List<Problem> problems) {
		String value = (text == null) ? "" : text.strip();
		if (value.isEmpty()) {
			if (required) {
				problems.add(new Problem(field, "evidence.error.required"));
			}
			return null;
		}
		if (value.length() > max) {
			problems.add(new Problem(field, "evidence.error.tooLong", max));
			return null;
		}
		if (value.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
			problems.add(new Problem(field, "evidence.error.control"));
			return null;
		}
		return value;
	}

	/**
	 * A whole number in a range: an Integer when the range fits one, a Long otherwise.
	 */
	static Number whole(String field, String text, long min, long max, boolean required, List<Problem> problems) {
		String value = (text == null) ? "" : text.strip().replace(".", "").replace(" ", "");
		if (value.isEmpty()) {
			if (required) {
				problems.add(new Problem(field, "evidence.error.required"));
			}
			return null;
		}
		long number;
		try {
			number = Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			problems.add(new Problem(field, "evidence.error.number", text.strip()));
			return null;
		}
		if (number < min || number > max) {
			problems.add(new Problem(field, "evidence.error.range", min, max));
			return null;
		}
		if (max <= Integer.MAX_VALUE) {
			return Integer.valueOf((int) number);
		}
		return Long.valueOf(number);
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A piece of evidence of the edition; 404 when there is none. */
	public EvidenceItem require(int editionYear, long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM evidence WHERE edition_year = :y AND id = :id")
			.param("y", editionYear)
			.param("id", id)
			.query(EvidenceRecords::item)
			.optional()
			.orElseThrow(() -> new NotFoundException("evidence " + id));
	}

	/**
	 * The candidate whose questionnaire and evidence the user asks for, when the user may
	 * read them; 403 (audited) outside the user's scope, 404 when there is none.
	 */
	public EvidenceOwner readableOwner(SignedInUser me, int editionYear, String code) {
		return EvidenceAccess.readable(me, code, () -> this.owners.require(editionYear, code),
				() -> jurorReads(me, editionYear, code));
	}

	/**
	 * The evidence the user may read; 403 (audited) outside the user's scope, 404 when
	 * there is none.
	 */
	public EvidenceItem readable(SignedInUser me, int editionYear, long id) {
		if (!me.hasRole(Role.ADMIN_NASIONAL) && !isProvincial(me) && !me.hasRole(Role.OPERATOR_PEMDA)
				&& !me.hasRole(Role.OPERATOR_BADAN_USAHA) && !me.hasRole(Role.PENILAI)) {
			throw new AccessDeniedException("evidence");
		}
		EvidenceItem item;
		try {
			item = require(editionYear, id);
		}
		catch (NotFoundException ex) {
			// a juror reads a few dossiers only: which other evidence exists is not
			// theirs to learn
			if (me.hasRole(Role.PENILAI)) {
				throw new AccessDeniedException("evidence " + id + " is not in the juror's dossiers");
			}
			throw ex;
		}
		EvidenceOwner owner = new EvidenceOwner(item.candidateCode(), item.candidateKind(), item.candidateCode(),
				item.provinceCode(), item.provinceCode());
		EvidenceAccess.readable(me, item.candidateCode(), () -> owner,
				() -> jurorReads(me, editionYear, item.candidateCode()));
		return item;
	}

	private boolean jurorReads(SignedInUser me, int editionYear, String code) {
		return this.readers.stream().anyMatch(r -> r.mayRead(me, editionYear, code));
	}

	private static boolean isProvincial(SignedInUser me) {
		return me.hasRole(Role.PANITIA_PROVINSI) || me.hasRole(Role.VERIFIKATOR);
	}

	/** The PDF of a piece of evidence the user may read. */
	public byte[] content(SignedInUser me, int editionYear, long id) {
		readable(me, editionYear, id);
		return this.jdbc.sql("SELECT content FROM evidence WHERE edition_year = :y AND id = :id")
			.param("y", editionYear)
			.param("id", id)
			.query((rs, n) -> rs.getBytes(1))
			.single();
	}

	/** A candidate's evidence, newest first. */
	public List<EvidenceItem> of(int editionYear, String code) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM evidence WHERE edition_year = :y AND candidate_code = :c"
					+ " ORDER BY uploaded_at DESC, id DESC")
			.param("y", editionYear)
			.param("c", code)
			.query(EvidenceRecords::item)
			.list();
	}

	/** How many pieces of evidence of each status the candidates have. */
	public record Counts(long pending, long accepted, long rejected) {

		public static final Counts NONE = new Counts(0, 0, 0);

		public long total() {
			return this.pending + this.accepted + this.rejected;
		}

	}

	/**
	 * The evidence counts of the given candidates, in one query; candidates without
	 * evidence are absent.
	 */
	public Map<String, Counts> counts(int editionYear, Collection<String> codes) {
		Map<String, long[]> counts = new LinkedHashMap<>();
		if (!codes.isEmpty()) {
			this.jdbc
				.sql("SELECT candidate_code, status, COUNT(*) AS n FROM evidence WHERE edition_year = :y"
						+ " AND candidate_code IN (:codes) GROUP BY candidate_code, status")
				.param("y", editionYear)
				.param("codes", codes)
				.query((ResultSet rs) -> {
					long[] c = counts.computeIfAbsent(rs.getString("candidate_code"), k -> new long[3]);
					c[EvidenceStatus.valueOf(rs.getString("status")).ordinal()] = rs.getLong("n");
				});
		}
		Map<String, Counts> result = new LinkedHashMap<>();
		counts.forEach((code, c) -> result.put(code, new Counts(c[0], c[1], c[2])));
		return result;
	}

	/** What a verifier's queue shows. */
	public record QueueQuery(Optional<String> province, EvidenceStatus status, Optional<EvidenceKind> kind,
			Optional<OwnerKind> candidateKind, int page, int size) {

		public QueueQuery {
			page = Math.max(1, page);
			size = Math.min(200, Math.max(1, size));
		}

	}

	/** One page of a queue, oldest first. */
	public record QueuePage(List<EvidenceItem> items, long total, int page, int size) {

		public int pages() {
			return (int) Math.max(1, (this.total + this.size - 1) / this.size);
		}

	}

	/**
	 * The verifier's queue: the evidence of a status (pending by default) in the user's
	 * province, oldest first.
	 */
	public QueuePage queue(SignedInUser me, int editionYear, QueueQuery query) {
		Optional<String> province = EvidenceAccess.queueScope(me, query.province());
		this.editions.require(editionYear);
		StringBuilder where = new StringBuilder(" FROM evidence WHERE edition_year = :y AND status = :s");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("y", editionYear);
		params.put("s", query.status().name());
		province.ifPresent(p -> {
			where.append(" AND province_code = :p");
			params.put("p", p);
		});
		query.kind().ifPresent(k -> {
			where.append(" AND kind = :k");
			params.put("k", k.name());
		});
		query.candidateKind().ifPresent(k -> {
			where.append(" AND candidate_kind = :ck");
			params.put("ck", k.name());
		});
		long total = this.jdbc.sql("SELECT COUNT(*)" + where).params(params).query(Long.class).single();
		List<EvidenceItem> items = this.jdbc
			.sql("SELECT " + COLUMNS + where + " ORDER BY uploaded_at, id LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", query.size())
			.param("offset", (long) (query.page() - 1) * query.size())
			.query(EvidenceRecords::item)
			.list();
		return new QueuePage(items, total, query.page(), query.size());
	}

	/**
	 * Whether a level takes decisions on evidence: its scope (a province code, or
	 * {@code ID} for the provinces' own candidates, assessed nationally) and its current
	 * stage.
	 */
	public record LevelOpen(String scope, Stage stage, boolean open) {
	}

	/**
	 * The levels of the given items and of the province asked for (so an empty queue
	 * still says whether its province verifies), each with whether it takes decisions
	 * now.
	 */
	public Map<String, LevelOpen> levelsOf(int editionYear, Collection<EvidenceItem> items, Optional<String> province) {
		Set<String> scopes = new TreeSet<>();
		province.ifPresent(scopes::add);
		items.forEach(item -> scopes.add(levelScope(item)));
		Map<String, LevelOpen> levels = new LinkedHashMap<>();
		for (String scope : scopes) {
			Stage current = this.stages.current(editionYear, scope);
			levels.put(scope, new LevelOpen(scope, current, current == Stage.PENDATAAN || current == Stage.VERIFIKASI));
		}
		return levels;
	}

	/**
	 * The level a piece of evidence is decided at: as {@link EvidenceOwners#require}
	 * places its candidate.
	 */
	public static String levelScope(EvidenceItem item) {
		return (item.candidateKind() == OwnerKind.PEMERINTAH) ? Category.ofGovernment(item.candidateCode())
			.map(c -> c.entryScope(item.provinceCode()))
			.orElse(item.provinceCode()) : item.provinceCode();
	}

	/**
	 * A verifier's decision; {@code recomputing} when it was on a regulation, whose
	 * measures and scores are recomputed after the decision ({@link EvidenceDecided}).
	 */
	public record Verified(EvidenceItem item, boolean recomputing) implements Serializable {
	}

	/**
	 * A decision by the signed-in verifier of the evidence's province (or the national
	 * secretariat).
	 */
	public Verified verify(SignedInUser me, int editionYear, long id, String decision, String reason) {
		requireVerifierRole(me);
		EvidenceItem item = require(editionYear, id);
		EvidenceAccess.requireVerifier(me, item.provinceCode());
		return decide(me.getUsername(), item, decision(decision, reason), false);
	}

	/**
	 * A decision in the name of an actor (the demo edition): the same checks but the
	 * access.
	 */
	public Verified verifyAs(String actor, int editionYear, long id, String decision, String reason) {
		return decide(actor, require(editionYear, id), decision(decision, reason), false);
	}

	/**
	 * One decision with one reason on several waiting pieces of evidence, all or nothing:
	 * when any of them cannot be decided (unknown, already decided, its level closed)
	 * nothing changes and every such item is named; one outside the user's province is
	 * refused (403, audited). Each is then decided as {@link #verify} decides one: the
	 * same audit entry and the same {@link EvidenceDecided}, published once the whole
	 * decision commits.
	 */
	public List<Verified> verifyAll(SignedInUser me, int editionYear, Collection<Long> ids, String decision,
			String reason) {
		requireVerifierRole(me);
		this.editions.require(editionYear);
		Set<Long> chosen = new LinkedHashSet<>(ids);
		if (chosen.isEmpty()) {
			throw new InvalidInputException("ids", "verification.bulk.none");
		}
		if (chosen.size() > MAX_DECIDED_AT_ONCE) {
			throw new InvalidInputException("ids", "verification.bulk.tooMany", MAX_DECIDED_AT_ONCE);
		}
		Decision checked = decision(decision, reason);
		return this.transactions.execute(tx -> {
			Map<Long, EvidenceItem> items = new LinkedHashMap<>();
			this.jdbc.sql("SELECT " + COLUMNS + " FROM evidence WHERE edition_year = :y AND id IN (:ids)")
				.param("y", editionYear)
				.param("ids", chosen)
				.query(EvidenceRecords::item)
				.list()
				.forEach(item -> items.put(item.id(), item));
			List<Long> outside = items.values()
				.stream()
				.filter(item -> !EvidenceAccess.verifies(me, item.provinceCode()))
				.map(EvidenceItem::id)
				.toList();
			if (!outside.isEmpty()) {
				throw new AccessDeniedException("verifying evidence " + outside + " outside the user's province");
			}
			Map<String, LevelOpen> levels = levelsOf(editionYear, items.values(), Optional.empty());
			List<Problem> problems = new ArrayList<>();
			for (long id : chosen) {
				EvidenceItem item = items.get(id);
				if (item == null) {
					problems.add(new Problem("ids", "verification.bulk.notFound", id));
				}
				else if (item.status() != EvidenceStatus.MENUNGGU) {
					problems.add(alreadyDecided(item));
				}
				else if (!levels.get(levelScope(item)).open()) {
					LevelOpen level = levels.get(levelScope(item));
					problems.add(new Problem("ids", "verification.bulk.closed", item.id(), item.title(),
							item.candidateCode(), level.scope(), stageName(level.stage())));
				}
			}
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
			List<Verified> verified = new ArrayList<>();
			for (long id : chosen) {
				verified.add(decide(me.getUsername(), items.get(id), checked, true));
			}
			return verified;
		});
	}

	private static void requireVerifierRole(SignedInUser me) {
		if (!me.hasRole(Role.ADMIN_NASIONAL) && !me.hasRole(Role.VERIFIKATOR)) {
			throw new AccessDeniedException("verifying evidence");
		}
	}

	private static Problem alreadyDecided(EvidenceItem item) {
		return new Problem("ids", "verification.bulk.decided", item.id(), item.title(), item.candidateCode(),
				new DefaultMessageSourceResolvable("evidence.status." + item.status().name()));
	}

	private static DefaultMessageSourceResolvable stageName(Stage stage) {
		return new DefaultMessageSourceResolvable("stage." + stage.name());
	}

	/** A verifier's decision as checked: a status and, for a rejection, its reason. */
	private record Decision(EvidenceStatus status, String reason) {
	}

	/**
	 * Checks a decision: accepted, or rejected with a reason; every problem at once.
	 */
	private static Decision decision(String decision, String reason) {
		List<Problem> problems = new ArrayList<>();
		EvidenceStatus status = choice(EvidenceStatus.class, "decision", decision, problems);
		if (status == EvidenceStatus.MENUNGGU) {
			problems.add(new Problem("decision", "evidence.error.choice", decision));
		}
		String why = text("reason", reason, 1000, false, problems);
		if (status == EvidenceStatus.DITOLAK && why == null
				&& problems.stream().noneMatch(p -> p.field().equals("reason"))) {
			problems.add(new Problem("reason", "evidence.error.reasonRequired"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new Decision(status, why);
	}

	/**
	 * Stores a checked decision while the candidate's level takes decisions, audited and
	 * published. {@code waitingOnly}: only on evidence still waiting, so that one
	 * decision of several never overwrites another verifier's made meanwhile.
	 */
	private Verified decide(String actor, EvidenceItem item, Decision decision, boolean waitingOnly) {
		EvidenceOwner owner = this.owners.require(item.editionYear(), item.candidateCode());
		if (!open(item.editionYear(), owner)) {
			throw new InvalidInputException("stage", "evidence.error.stageClosed",
					this.stages.current(item.editionYear(), owner.levelScope()).name());
		}
		return this.transactions.execute(tx -> {
			int updated = this.jdbc
				.sql("UPDATE evidence SET status = :s, reason = :r, verified_by = :by, verified_at = :at WHERE id = :id"
						+ (waitingOnly ? " AND status = 'MENUNGGU'" : ""))
				.param("s", decision.status().name())
				.param("r", decision.reason())
				.param("by", actor)
				.param("at", OffsetDateTime.now(ZoneOffset.UTC))
				.param("id", item.id())
				.update();
			EvidenceItem after = require(item.editionYear(), item.id());
			if (updated == 0) {
				throw new InvalidInputException(List.of(alreadyDecided(after)));
			}
			this.audit.recordAs(actor, "EVIDENCE_VERIFIED", "evidence", Long.toString(item.id()), decisionView(item),
					decisionView(after));
			this.events.publishEvent(new EvidenceDecided(item.editionYear(), item.id(), item.candidateCode(),
					item.kind(), decision.status(), actor));
			return new Verified(after, item.kind() == EvidenceKind.REGULASI);
		});
	}

	private static Map<String, Object> decisionView(EvidenceItem item) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("status", item.status().name());
		view.put("reason", item.reason());
		view.put("verifiedBy", item.verifiedBy());
		return view;
	}

	private static Map<String, Object> auditView(EvidenceItem item) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("candidate", item.candidateCode());
		view.put("kind", item.kind().name());
		view.put("regulationType", item.regulationType());
		view.put("number", item.number());
		view.put("year", item.year());
		view.put("title", item.title());
		view.put("partner", item.partner());
		view.put("fiscalYear", item.fiscalYear());
		view.put("amount", item.amount());
		view.put("file", item.fileLabel());
		view.put("size", item.sizeBytes());
		view.put("sha256", item.sha256());
		return view;
	}

	static EvidenceItem item(ResultSet rs, int row) throws SQLException {
		OffsetDateTime verified = rs.getObject("verified_at", OffsetDateTime.class);
		return new EvidenceItem(rs.getLong("id"), rs.getInt("edition_year"), rs.getString("candidate_code"),
				OwnerKind.valueOf(rs.getString("candidate_kind")), rs.getString("province_code"),
				EvidenceKind.valueOf(rs.getString("kind")), rs.getString("regulation_type"), rs.getString("doc_number"),
				(Integer) rs.getObject("doc_year", Integer.class), rs.getString("title"), rs.getString("partner"),
				rs.getObject("fiscal_year", Integer.class), rs.getObject("amount", Long.class),
				rs.getString("file_label"), rs.getLong("size_bytes"), rs.getInt("pages"), rs.getString("sha256"),
				EvidenceStatus.valueOf(rs.getString("status")), rs.getString("reason"), rs.getString("uploaded_by"),
				rs.getObject("uploaded_at", OffsetDateTime.class).toInstant(), rs.getString("verified_by"),
				(verified == null) ? null : verified.toInstant());
	}

}

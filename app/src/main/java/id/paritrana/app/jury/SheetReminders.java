package id.paritrana.app.jury;

import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import id.paritrana.app.assessment.Shortlists;
import id.paritrana.app.edition.Stage;
import id.paritrana.app.edition.Stages;
import id.paritrana.app.security.UserManagement;
import id.paritrana.app.system.Formats;
import id.paritrana.app.system.Outbox;
import id.paritrana.app.system.PublicAddress;
import id.paritrana.engine.rubric.Level;

/**
 * Reminds jurors of the sheets they have not submitted (not started, or a draft) when
 * their level's interview stage runs and is planned to end within
 * {@code paritrana.reminders.sheets-before} (3 days by default) of the level's own day:
 * one message per juror listing those sheets. Each sheet is reminded once per planned end
 * ({@code sheet_reminder}, written with the message), so running again — daily, or on
 * another node — sends nothing twice, while a moved end date may remind again.
 */
@Component
class SheetReminders {

	private static final Logger log = LoggerFactory.getLogger(SheetReminders.class);

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final TransactionTemplate transactions;

	private final Stages stages;

	private final Shortlists shortlists;

	private final Assignments assignments;

	private final JurorSeats seats;

	private final UserManagement users;

	private final Outbox outbox;

	private final PublicAddress address;

	private final ReminderProperties properties;

	SheetReminders(JdbcClient jdbc, JdbcTemplate batch, TransactionTemplate transactions, Stages stages,
			Shortlists shortlists, Assignments assignments, JurorSeats seats, UserManagement users, Outbox outbox,
			PublicAddress address, ReminderProperties properties) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.transactions = transactions;
		this.stages = stages;
		this.shortlists = shortlists;
		this.assignments = assignments;
		this.seats = seats;
		this.users = users;
		this.outbox = outbox;
		this.address = address;
		this.properties = properties;
	}

	@Scheduled(cron = "${paritrana.reminders.sheets-at:0 0 7 * * *}", zone = "Asia/Jakarta")
	void daily() {
		int sent = remind(Instant.now());
		if (sent > 0) {
			log.info("{} jurors reminded of sheets not submitted", sent);
		}
	}

	/**
	 * Sends the reminders due at that moment: each level separately, in a transaction of
	 * its own.
	 * @return how many messages were written
	 */
	int remind(Instant now) {
		int sent = 0;
		for (Stages.PlannedEnd level : this.stages.runningWithPlannedEnd(Stage.WAWANCARA)) {
			LocalDate today = now.atZone(Formats.zoneOf(level.levelScope())).toLocalDate();
			LocalDate end = level.plannedEnd();
			if (!today.isAfter(end) && !today.isBefore(end.minus(this.properties.sheetsBefore()))) {
				sent += this.transactions.execute(tx -> remind(level.editionYear(), level.levelScope(), end));
			}
		}
		return sent;
	}

	private int remind(int year, String scope, LocalDate deadline) {
		Level level = Level.ofScope(scope);
		Map<String, Shortlists.Nominee> nominees = new HashMap<>();
		this.shortlists.nomineesOf(year, scope).forEach(n -> nominees.put(n.category() + "/" + n.code(), n));
		Map<String, JuryScoring.SheetStatus> statuses = new HashMap<>();
		this.jdbc
			.sql("SELECT category, candidate_code, juror_username, status FROM jury_sheet WHERE edition_year = :y"
					+ " AND score_level = :l")
			.param("y", year)
			.param("l", level.name())
			.query((rs, n) -> statuses.put(rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getString(3),
					JuryScoring.SheetStatus.valueOf(rs.getString(4))))
			.list();
		List<Assignments.Assignment> open = this.assignments.of(year, scope, null)
			.stream()
			.filter(a -> statuses
				.get(a.category() + "/" + a.candidateCode() + "/" + a.juror()) != JuryScoring.SheetStatus.SUBMITTED)
			.toList();
		if (open.isEmpty()) {
			return 0;
		}
		// a juror in conflict with a nominee has no sheet to fill for it
		Set<String> conflicted = this.seats.conflictedPairs(year, scope,
				open.stream().map(Assignments.Assignment::candidateCode).distinct().toList());
		List<Assignments.Assignment> due = open.stream()
			.filter(a -> !conflicted.contains(JurorSeats.pair(a.juror(), a.candidateCode())))
			.toList();
		Map<String, List<Map<String, Object>>> byJuror = new LinkedHashMap<>();
		int[] recorded = record(year, deadline, due);
		for (int i = 0; i < due.size(); i++) {
			if (recorded[i] == 0) {
				// reminded of this sheet for this end date already
				continue;
			}
			Assignments.Assignment a = due.get(i);
			Map<String, Object> sheet = new HashMap<>();
			sheet.put("candidate", nominees.get(a.category() + "/" + a.candidateCode()).name());
			sheet.put("category", new DefaultMessageSourceResolvable("category." + a.category()));
			sheet.put("status", new DefaultMessageSourceResolvable("jury.status." + statuses
				.getOrDefault(a.category() + "/" + a.candidateCode() + "/" + a.juror(), JuryScoring.SheetStatus.NEW)));
			sheet.put("link", this.address.base() + "/penilaian/" + year + "/" + level + "/" + a.category() + "/"
					+ a.candidateCode());
			byJuror.computeIfAbsent(a.juror(), j -> new ArrayList<>()).add(sheet);
		}
		int sent = 0;
		for (Map.Entry<String, List<Map<String, Object>>> entry : byJuror.entrySet()) {
			var juror = this.users.findUsername(entry.getKey()).filter(account -> account.enabled());
			if (juror.isEmpty()) {
				continue;
			}
			Map<String, Object> model = new HashMap<>();
			model.put("name", juror.get().displayName());
			model.put("scope", scope);
			model.put("year", year);
			model.put("deadline", deadline);
			model.put("sheets", entry.getValue());
			this.outbox.enqueue(
					new Outbox.Recipient(juror.get().username(), juror.get().email(), juror.get().language()),
					"sheetReminder", new Object[] { entry.getValue().size() }, model, Optional.empty());
			sent++;
		}
		return sent;
	}

	/**
	 * Records that these sheets are reminded of for that end date: one batch, each row
	 * inserted only when it is not there yet (1) or left (0).
	 */
	private int[] record(int year, LocalDate deadline, List<Assignments.Assignment> due) {
		List<Object[]> rows = due.stream()
			.map(a -> new Object[] { year, a.level().name(), a.category().name(), a.candidateCode(), a.juror(),
					deadline })
			.toList();
		return this.batch.batchUpdate(
				"INSERT INTO sheet_reminder (edition_year, score_level, category, candidate_code, juror_username,"
						+ " deadline) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
				rows,
				new int[] { Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE });
	}

}

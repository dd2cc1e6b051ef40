package id.paritrana.app.result;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

import id.paritrana.app.security.Role;
import id.paritrana.app.security.UserAccount;
import id.paritrana.app.security.UserManagement;
import id.paritrana.app.system.AreaNames;
import id.paritrana.app.system.Outbox;
import id.paritrana.app.system.PublicAddress;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;

/**
 * Tells the candidates of a determined level how they came out — their place, score, or
 * why they were not ranked — and the level's committee (a province's, or the national
 * secretariat) that its results are determined or revised. Written to the outbox in the
 * determination's own transaction (a synchronous listener of {@link LevelDetermined}), so
 * the messages exist exactly when the snapshot does. Determined results are public at
 * once (the portal shows every current snapshot), so an operator's message links there:
 * to the public scorecard of a juara 1–3, else to the edition's public results.
 */
@Component
class ResultMessages {

	private final Results results;

	private final Determinations determinations;

	private final UserManagement users;

	private final Outbox outbox;

	private final PublicAddress address;

	private final AreaNames areas;

	ResultMessages(Results results, Determinations determinations, UserManagement users, Outbox outbox,
			PublicAddress address, AreaNames areas) {
		this.results = results;
		this.determinations = determinations;
		this.users = users;
		this.outbox = outbox;
		this.address = address;
		this.areas = areas;
	}

	@EventListener
	void determined(LevelDetermined determined) {
		Snapshot snapshot = this.results.require(determined.snapshotId());
		int year = snapshot.editionYear();
		List<ResultRow> rows = this.results.rows(snapshot.id());
		Map<String, List<UserAccount>> operators = this.users
			.operatorsOf(rows.stream().map(ResultRow::candidateCode).toList());
		Map<Category, Integer> ranked = new EnumMap<>(Category.class);
		rows.stream().filter(r -> r.finalRank() != null).forEach(r -> ranked.merge(r.category(), 1, Integer::sum));
		Map<Category, Set<String>> promoted = (snapshot.level() == Level.PROVINSI) ? this.determinations.promoted(year)
				: Map.of();
		String publicResults = this.address.base() + "/publik/" + year;
		int told = 0;
		for (ResultRow row : rows) {
			List<UserAccount> ofCandidate = operators.getOrDefault(row.candidateCode(), List.of());
			if (!ofCandidate.isEmpty()) {
				told++;
			}
			for (UserAccount operator : ofCandidate) {
				Map<String, Object> model = common(operator, snapshot);
				model.put("candidate", row.candidateName());
				model.put("category", new DefaultMessageSourceResolvable("category." + row.category()));
				model.put("eligible", row.eligible());
				model.put("flags", row.flags());
				model.put("juara", row.juara());
				model.put("rank", row.finalRank());
				model.put("ranked", ranked.getOrDefault(row.category(), 0));
				model.put("finalScore", row.finalScore());
				model.put("deskScore", row.deskScore());
				model.put("deskRank", row.deskRank());
				model.put("promoted", promoted.getOrDefault(row.category(), Set.of()).contains(row.candidateCode()));
				model.put("publicResults", publicResults);
				model.put("scorecard", (row.juara() > 0)
						? publicResults + "/kartu/" + snapshot.id() + "/" + row.category() + "/" + row.candidateCode()
						: null);
				this.outbox.enqueue(recipient(operator), "resultOutcome", new Object[] { row.candidateName(), year },
						model, Optional.empty());
			}
		}
		List<Map<String, Object>> firsts = new ArrayList<>();
		rows.stream().filter(r -> r.juara() == 1).forEach(r -> {
			Map<String, Object> first = new HashMap<>();
			first.put("category", new DefaultMessageSourceResolvable("category." + r.category()));
			first.put("candidate", r.candidateName());
			first.put("score", r.finalScore());
			firsts.add(first);
		});
		for (UserAccount person : committee(snapshot.scope())) {
			Map<String, Object> model = common(person, snapshot);
			model.put("candidates", rows.size());
			model.put("told", told);
			model.put("firsts", firsts);
			model.put("link", this.address.base() + "/edisi/" + year + "/hasil/" + snapshot.scope());
			this.outbox.enqueue(recipient(person), "resultDetermined",
					new Object[] { levelName(snapshot.scope()), year, snapshot.revision() }, model, Optional.empty());
		}
	}

	private static Map<String, Object> common(UserAccount person, Snapshot snapshot) {
		Map<String, Object> model = new HashMap<>();
		model.put("name", person.displayName());
		model.put("scope", snapshot.scope());
		model.put("year", snapshot.editionYear());
		model.put("revision", snapshot.revision());
		model.put("reason", snapshot.reason());
		return model;
	}

	private static Outbox.Recipient recipient(UserAccount account) {
		return new Outbox.Recipient(account.username(), account.email(), account.language());
	}

	/**
	 * The level's name: the national level's in the reader's language, a province's own.
	 */
	private Object levelName(String scope) {
		return scope.equals(Level.NATIONAL_SCOPE) ? new DefaultMessageSourceResolvable("edition.nationalLevel")
				: this.areas.name(scope).orElse(scope);
	}

	/**
	 * Who runs the level: the province's committee, or the national secretariat.
	 */
	private List<UserAccount> committee(String scope) {
		return scope.equals(Level.NATIONAL_SCOPE) ? this.users.withRole(Role.ADMIN_NASIONAL, null)
				: this.users.withRole(Role.PANITIA_PROVINSI, scope);
	}

}

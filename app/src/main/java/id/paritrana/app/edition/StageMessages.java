package id.paritrana.app.edition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

import id.paritrana.app.region.Areas;
import id.paritrana.app.security.Role;
import id.paritrana.app.security.UserAccount;
import id.paritrana.app.security.UserManagement;
import id.paritrana.app.system.Outbox;
import id.paritrana.app.system.PublicAddress;

/**
 * Tells the people who run a level that one of its stages finished and the next started:
 * the province's committee and verifiers, or the national secretariat. Written to the
 * outbox in the stage move's own transaction.
 */
@Component
class StageMessages {

	private final UserManagement users;

	private final Outbox outbox;

	private final PublicAddress address;

	private final Areas areas;

	StageMessages(UserManagement users, Outbox outbox, PublicAddress address, Areas areas) {
		this.users = users;
		this.outbox = outbox;
		this.address = address;
		this.areas = areas;
	}

	/** Tells of a move: the stages it finished and started (either may be missing). */
	void moved(int editionYear, String levelScope, Map<Stage, StageState> changes) {
		Optional<Stage> finished = changes.entrySet()
			.stream()
			.filter(c -> c.getValue() == StageState.SELESAI)
			.map(Map.Entry::getKey)
			.reduce((first, last) -> last);
		Optional<Stage> started = changes.entrySet()
			.stream()
			.filter(c -> c.getValue() == StageState.BERJALAN)
			.map(Map.Entry::getKey)
			.findFirst();
		if (finished.isEmpty() && started.isEmpty()) {
			return;
		}
		for (UserAccount person : runners(levelScope)) {
			Map<String, Object> model = new HashMap<>();
			model.put("name", person.displayName());
			model.put("scope", levelScope);
			model.put("year", editionYear);
			model.put("finished", finished.map(s -> new DefaultMessageSourceResolvable("stage." + s)).orElse(null));
			model.put("started", started.map(s -> new DefaultMessageSourceResolvable("stage." + s)).orElse(null));
			model.put("link", this.address.base() + "/edisi/" + editionYear + "/tahap/" + levelScope);
			this.outbox.enqueue(new Outbox.Recipient(person.username(), person.email(), person.language()), "stage",
					new Object[] { level(levelScope),
							new DefaultMessageSourceResolvable("stage." + started.or(() -> finished).orElseThrow()),
							editionYear },
					model, Optional.empty());
		}
	}

	/**
	 * The level's name: the national level's in the reader's language, a province's own.
	 */
	private Object level(String levelScope) {
		return levelScope.equals(Stages.NATIONAL) ? new DefaultMessageSourceResolvable("edition.nationalLevel")
				: this.areas.name(levelScope).orElse(levelScope);
	}

	private List<UserAccount> runners(String levelScope) {
		if (levelScope.equals(Stages.NATIONAL)) {
			return this.users.withRole(Role.ADMIN_NASIONAL, null);
		}
		List<UserAccount> runners = new ArrayList<>(this.users.withRole(Role.PANITIA_PROVINSI, levelScope));
		runners.addAll(this.users.withRole(Role.VERIFIKATOR, levelScope));
		return runners;
	}

}

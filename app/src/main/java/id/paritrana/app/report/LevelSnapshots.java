package id.paritrana.app.report;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import id.paritrana.app.edition.Stages;
import id.paritrana.app.result.Results;
import id.paritrana.app.result.Snapshot;
import id.paritrana.app.security.SignedInUser;
import id.paritrana.app.system.NotFoundException;

/** A revision of a level's snapshot, for those who run that level only. */
@Component
class LevelSnapshots {

	private final Stages stages;

	private final Results results;

	LevelSnapshots(Stages stages, Results results) {
		this.stages = stages;
		this.results = results;
	}

	Snapshot require(SignedInUser me, int year, String scope, int revision) {
		authorize(me, scope);
		return this.results.revisions(year, scope)
			.stream()
			.filter(s -> s.revision() == revision)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("revision " + revision + " of " + year + "/" + scope));
	}

	void authorize(SignedInUser me, String scope) {
		if (!scope.equals(Stages.NATIONAL) && !scope.matches("\\d{2}")) {
			throw new NotFoundException("level " + scope);
		}
		if (!this.stages.runs(me, scope)) {
			throw new AccessDeniedException("results of level " + scope);
		}
	}

}

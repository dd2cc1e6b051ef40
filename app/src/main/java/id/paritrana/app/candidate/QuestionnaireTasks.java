package id.paritrana.app.candidate;

import java.util.List;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import id.paritrana.app.edition.EditionChoice;
import id.paritrana.app.evidence.EvidenceOwners;
import id.paritrana.app.security.Role;
import id.paritrana.app.security.SignedInUser;
import id.paritrana.app.system.NotFoundException;
import id.paritrana.app.system.Task;
import id.paritrana.app.system.TaskSource;

/**
 * An operator's questionnaire while it is not submitted: how many questions are answered.
 */
@Component
class QuestionnaireTasks implements TaskSource {

	private final Questionnaires questionnaires;

	private final EvidenceOwners owners;

	private final EditionChoice choice;

	QuestionnaireTasks(Questionnaires questionnaires, EvidenceOwners owners, EditionChoice choice) {
		this.questionnaires = questionnaires;
		this.owners = owners;
		this.choice = choice;
	}

	@Override
	public List<Task> tasksOf(Authentication user) {
		if (!(user.getPrincipal() instanceof SignedInUser me)
				|| !(me.hasRole(Role.OPERATOR_PEMDA) || me.hasRole(Role.OPERATOR_BADAN_USAHA))) {
			return List.of();
		}
		Optional<String> own = me.scope().governmentCode().or(() -> me.scope().employerNpp());
		Optional<Integer> year = this.choice.of(me.getUsername());
		if (own.isEmpty() || year.isEmpty()) {
			return List.of();
		}
		Questionnaires.Questionnaire questionnaire;
		try {
			questionnaire = this.questionnaires.of(year.get(), this.owners.require(year.get(), own.get()));
		}
		catch (NotFoundException ex) {
			// not a candidate of that edition (an employer missing from its data)
			return List.of();
		}
		if (questionnaire.status() == Questionnaires.Status.SUBMITTED) {
			return List.of();
		}
		long answered = questionnaire.questions()
			.stream()
			.filter(q -> !questionnaire.answers().getOrDefault(q.id(), "").isBlank())
			.count();
		return List.of(new Task("task.questionnaire", List.of(answered, questionnaire.questions().size()),
				"/edisi/" + year.get() + "/kandidat/" + own.get() + "#kuesioner", questionnaire.updatedAt(), false));
	}

}

package id.paritrana.app.candidate;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import id.paritrana.app.edition.EditionChoice;
import id.paritrana.app.edition.EditionTasks;
import id.paritrana.app.evidence.EvidenceOwners;
import id.paritrana.app.security.Role;
import id.paritrana.app.security.SignedInUser;
import id.paritrana.app.system.NotFoundException;
import id.paritrana.app.system.Task;

/**
 * An operator's questionnaire while it is not submitted: how many questions are answered.
 */
@Component
class QuestionnaireTasks extends EditionTasks {

	private final Questionnaires questionnaires;

	private final EvidenceOwners owners;

	QuestionnaireTasks(Questionnaires questionnaires, EvidenceOwners owners, EditionChoice choice) {
		super(choice);
		this.questionnaires = questionnaires;
		this.owners = owners;
	}

	@Override
	protected List<Task> tasksOf(SignedInUser me, int year) {
		Optional<String> own = me.scope().governmentCode().or(() -> me.scope().employerNpp());
		if (own.isEmpty() || !(me.hasRole(Role.OPERATOR_PEMDA) || me.hasRole(Role.OPERATOR_BADAN_USAHA))) {
			return List.of();
		}
		Questionnaires.Questionnaire questionnaire;
		try {
			questionnaire = this.questionnaires.of(year, this.owners.require(year, own.get()));
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
				"/edisi/" + year + "/kandidat/" + own.get() + "#kuesioner", questionnaire.updatedAt(), false));
	}

}

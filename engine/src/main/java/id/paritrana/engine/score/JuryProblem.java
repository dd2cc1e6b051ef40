package id.paritrana.engine.score;

import java.util.Objects;

/**
 * One invalid jury score input (DESIGN §5.5, §7.1): which candidate, juror and criterion,
 * and why. Fields that do not apply are empty strings.
 */
public record JuryProblem(String candidateCode, String jurorId, String criterion, String reason) {

	public JuryProblem {
		Objects.requireNonNull(candidateCode, "candidateCode");
		Objects.requireNonNull(jurorId, "jurorId");
		Objects.requireNonNull(criterion, "criterion");
		Objects.requireNonNull(reason, "reason");
	}

	@Override
	public String toString() {
		return "candidate " + this.candidateCode + ", juror " + this.jurorId
				+ (this.criterion.isEmpty() ? "" : ", criterion " + this.criterion) + ": " + this.reason;
	}

}

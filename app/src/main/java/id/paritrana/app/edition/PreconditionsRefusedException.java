package id.paritrana.app.edition;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A stage move or determination refused because blocking preconditions remain and no
 * override was given: answered 409 with the preconditions (API) or shown on the
 * confirmation page.
 */
public class PreconditionsRefusedException extends RuntimeException {

	private final List<StagePreconditions.Precondition> preconditions;

	public PreconditionsRefusedException(List<StagePreconditions.Precondition> preconditions) {
		super(preconditions.stream().map(p -> p.check() + " " + p.count()).toList().toString());
		this.preconditions = List.copyOf(preconditions);
	}

	public List<StagePreconditions.Precondition> preconditions() {
		return this.preconditions;
	}

	/**
	 * The RFC 9457 answer: 409, the localized summary of each precondition and its first
	 * items.
	 */
	public ProblemDetail problem(MessageSource messages, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				messages.getMessage("stage.preconditions.refused", null, locale));
		problem.setProperty("preconditions",
				this.preconditions.stream()
					.map(p -> Map.of("check", p.check().name(), "blocking", p.blocking(), "count", p.count(), "message",
							messages.getMessage("stage.check." + p.check().name(), new Object[] { p.count() }, locale),
							"first", p.first().stream().map(StagePreconditions.Finding::label).toList()))
					.toList());
		return problem;
	}

}

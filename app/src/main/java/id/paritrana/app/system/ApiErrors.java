package id.paritrana.app.system;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problem details for the JSON API (DESIGN §7.2). */
@RestControllerAdvice(basePackages = "id.paritrana.app", annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiErrors {

	private final MessageSource messages;

	ApiErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ProblemDetail invalidInput(InvalidInputException ex, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				this.messages.getMessage("error.invalidInput", null, locale));
		List<Map<String, String>> errors = ex.problems()
			.stream()
			.map(p -> Map.of("field", p.field(), "message",
					this.messages.getMessage(p.messageKey(), p.args(), p.messageKey(), locale)))
			.toList();
		problem.setProperty("errors", errors);
		return problem;
	}

	@ExceptionHandler
	ProblemDetail notFound(NotFoundException ex, Locale locale) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				this.messages.getMessage("error.notFound", new Object[] { ex.getMessage() }, locale));
	}

}

package id.paritrana.app.system;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Errors raised while a request is handled, answered in the form the client reads: a page
 * in the user's language for a browser, RFC 9457 problem details for the API and for
 * clients that ask for JSON (DESIGN §7.2). Ordered first, so the framework's own
 * problem-details handler only sees what is not named here.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorAnswers {

	private final MessageSource messages;

	ErrorAnswers(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	Object invalidInput(InvalidInputException ex, HttpServletRequest request, Locale locale) {
		List<Map<String, String>> errors = ex.problems()
			.stream()
			.map(p -> Map.of("field", p.field(), "message",
					this.messages.getMessage(p.messageKey(), p.args(), p.messageKey(), locale)))
			.toList();
		if (ErrorPages.wantsPage(request)) {
			ModelAndView page = ErrorPages.page(request, HttpStatus.BAD_REQUEST);
			page.addObject("problems", errors);
			return page;
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				this.messages.getMessage("error.invalidInput", null, locale));
		problem.setProperty("errors", errors);
		return problem(problem, HttpHeaders.EMPTY);
	}

	@ExceptionHandler
	Object notFound(NotFoundException ex, HttpServletRequest request, Locale locale) {
		if (ErrorPages.wantsPage(request)) {
			return ErrorPages.page(request, HttpStatus.NOT_FOUND);
		}
		return problem(
				ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
						this.messages.getMessage("error.notFound", new Object[] { ex.getMessage() }, locale)),
				HttpHeaders.EMPTY);
	}

	/**
	 * The framework's own errors: an unknown path or method, a missing or malformed
	 * parameter, a too-large upload.
	 */
	@ExceptionHandler({ ErrorResponseException.class, NoResourceFoundException.class, NoHandlerFoundException.class,
			HttpRequestMethodNotSupportedException.class, HttpMediaTypeNotSupportedException.class,
			ServletRequestBindingException.class, MissingServletRequestPartException.class,
			MethodArgumentNotValidException.class, HandlerMethodValidationException.class,
			MaxUploadSizeExceededException.class })
	Object framework(Exception ex, HttpServletRequest request, HttpServletResponse response, Locale locale) {
		ErrorResponse error = (ErrorResponse) ex;
		if (ErrorPages.wantsPage(request)) {
			// an unknown method still says which ones the path takes (Allow)
			error.getHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
			return ErrorPages.page(request, error.getStatusCode());
		}
		return problem(error.updateAndGetBody(this.messages, locale), error.getHeaders());
	}

	/**
	 * A path or parameter that is not of its type (e.g. letters for a year), or an
	 * unreadable body.
	 */
	@ExceptionHandler({ TypeMismatchException.class, HttpMessageNotReadableException.class })
	Object malformed(Exception ex, HttpServletRequest request, Locale locale) {
		if (ErrorPages.wantsPage(request)) {
			return ErrorPages.page(request, HttpStatus.BAD_REQUEST);
		}
		return problem(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				this.messages.getMessage("error.400", null, locale)), HttpHeaders.EMPTY);
	}

	private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem, HttpHeaders headers) {
		HttpStatusCode status = HttpStatusCode.valueOf(problem.getStatus());
		return ResponseEntity.status(status)
			.headers(headers)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}

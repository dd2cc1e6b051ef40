package id.paritrana.app.system;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the servlet container shows after an error raised outside a controller (a refusal
 * by the security filters, an unexpected failure): the same page or problem details as
 * {@link ErrorAnswers}, in place of Spring Boot's default error answer, which would show
 * neither the user's language nor RFC 9457.
 */
@Controller
class ErrorPageController implements ErrorController {

	private final MessageSource messages;

	ErrorPageController(MessageSource messages) {
		this.messages = messages;
	}

	@RequestMapping("${server.error.path:/error}")
	Object error(HttpServletRequest request, Locale locale) {
		HttpStatusCode status = status(request);
		if (ErrorPages.wantsPage(request)) {
			return ErrorPages.page(request, status);
		}
		String key = ErrorPages.EXPLAINED.contains(status.value()) ? "error." + status.value() : "error.other";
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, this.messages.getMessage(key, null, locale));
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri instanceof String path) {
			try {
				problem.setInstance(java.net.URI.create(path));
			}
			catch (IllegalArgumentException ex) {
				// a path that is no URI is left out rather than failing the answer
			}
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static HttpStatusCode status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code instanceof Integer value && value >= 400 && value < 600) {
			return HttpStatusCode.valueOf(value);
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}

}

package id.paritrana.app.security;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.transaction.support.TransactionTemplate;

import id.paritrana.app.audit.AuditLog;

/** Writes every refused request to the audit log, then answers 403. */
class AccessDeniedAuditing implements AccessDeniedHandler {

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	private final AccessDeniedHandler pages = new AccessDeniedHandlerImpl();

	AccessDeniedAuditing(AuditLog audit, TransactionTemplate transactions) {
		this.audit = audit;
		this.transactions = transactions;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException, ServletException {
		this.transactions.executeWithoutResult(status -> this.audit.record("ACCESS_DENIED", "request",
				request.getMethod() + " " + request.getRequestURI(), null, Map.of("reason", String.valueOf(denied.getMessage()))));
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			response.setContentType("application/problem+json");
			response.getWriter()
				.write("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,\"detail\":"
						+ "\"Outside your role or scope\",\"instance\":\"" + request.getRequestURI().replace("\"", "") + "\"}");
			return;
		}
		this.pages.handle(request, response, denied);
	}

}

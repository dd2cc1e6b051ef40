package id.paritrana.app.security;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.transaction.support.TransactionTemplate;

import id.paritrana.app.audit.AuditLog;
import id.paritrana.app.system.ErrorPages;

/**
 * Writes refused requests to the audit log, then answers 403. A signed-in user's every
 * refusal is written: they are accountable for each. Refusals of anonymous requests
 * (typically a form posted without its CSRF token) are written as a pattern instead, so
 * nobody can flood the hash-chained log: the first from an address in a window is written
 * with the count of the window before, the rest are counted; and at most a few such
 * entries a minute in all. The API and JSON clients are answered with problem details,
 * browsers with the error page.
 */
class AccessDeniedAuditing implements AccessDeniedHandler {

	static final Duration WINDOW = Duration.ofMinutes(10);

	private static final int ANONYMOUS_ENTRIES_PER_MINUTE = 30;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	private final AccessDeniedHandler pages = new AccessDeniedHandlerImpl();

	private final Cache<String, AtomicInteger> anonymousByAddress = Caffeine.newBuilder()
		.expireAfterWrite(WINDOW)
		.maximumSize(10_000)
		.build();

	private final Cache<String, Integer> suppressedBefore = Caffeine.newBuilder()
		.expireAfterWrite(WINDOW.multipliedBy(6))
		.maximumSize(10_000)
		.build();

	private final Cache<Long, AtomicInteger> anonymousEntriesByMinute = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofMinutes(2))
		.build();

	AccessDeniedAuditing(AuditLog audit, TransactionTemplate transactions) {
		this.audit = audit;
		this.transactions = transactions;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException, ServletException {
		String what = request.getMethod() + " " + request.getRequestURI();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("reason", String.valueOf(denied.getMessage()));
		if (signedIn()) {
			record(what, after);
		}
		else if (firstOfWindow(request.getRemoteAddr(), after)) {
			after.put("anonymous", true);
			after.put("note", "further anonymous refusals from this address in the next " + WINDOW.toMinutes()
					+ " minutes are counted, not written");
			record(what, after);
		}
		if (!ErrorPages.wantsPage(request)) {
			Problems.write(request, response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
					"Outside your role or scope");
			return;
		}
		this.pages.handle(request, response, denied);
	}

	private boolean firstOfWindow(String address, Map<String, Object> after) {
		String key = address == null ? "-" : address;
		AtomicInteger count = this.anonymousByAddress.get(key, k -> new AtomicInteger());
		int seen = count.getAndIncrement();
		if (seen > 0) {
			this.suppressedBefore.asMap().put(key, seen);
			return false;
		}
		Integer before = this.suppressedBefore.asMap().remove(key);
		if (before != null) {
			after.put("refusedInPreviousWindow", before + 1);
		}
		long minute = System.currentTimeMillis() / 60_000;
		return this.anonymousEntriesByMinute.get(minute, m -> new AtomicInteger())
			.incrementAndGet() <= ANONYMOUS_ENTRIES_PER_MINUTE;
	}

	private void record(String what, Map<String, Object> after) {
		this.transactions
			.executeWithoutResult(status -> this.audit.record("ACCESS_DENIED", "request", what, null, after));
	}

	private static boolean signedIn() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return new AuthenticationTrustResolverImpl().isAuthenticated(authentication);
	}

}

package id.paritrana.app.security;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits at the door, before a byte of the body is read (and so before the CSRF check,
 * which would parse a multipart body to find its token): file uploads only from signed-in
 * users (or calls that bring credentials, checked next) and with a declared length within
 * the limit of their path; other bodies within a small limit, counted as they are read
 * when no length is declared. Anything else is refused with 401, 411 or 413.
 */
final class RequestLimits extends OncePerRequestFilter {

	private final RequestLimitProperties limits;

	private final AntPathMatcher paths = new AntPathMatcher();

	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	RequestLimits(RequestLimitProperties limits) {
		this.limits = limits;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		boolean chunked = request.getHeader("Transfer-Encoding") != null;
		if (length <= 0 && !chunked) {
			chain.doFilter(request, response);
			return;
		}
		String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
		if (type.startsWith("multipart/")) {
			if (!signedIn(request)) {
				refuse(request, response, HttpServletResponse.SC_UNAUTHORIZED, "Sign in before uploading files");
				return;
			}
			if (length < 0) {
				refuse(request, response, 411, "A file upload must declare its length");
				return;
			}
			long max = isImport(request) ? this.limits.maxImport().toBytes() : this.limits.maxUpload().toBytes();
			if (length > max) {
				refuse(request, response, 413, "The upload is larger than " + max / (1024 * 1024) + " MB");
				return;
			}
			chain.doFilter(request, response);
			return;
		}
		long max = this.limits.maxBody().toBytes();
		if (length > max) {
			refuse(request, response, 413, "The request body is larger than " + max / 1024 + " KB");
			return;
		}
		chain.doFilter(length < 0 ? new Bounded(request, max) : request, response);
	}

	private boolean signedIn(HttpServletRequest request) {
		if (request.getHeader("Authorization") != null) {
			return true; // authenticated (or refused) by the credentials filters before
							// anything reads the body
		}
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && this.trust.isAuthenticated(authentication);
	}

	private boolean isImport(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return this.limits.importPaths().stream().anyMatch(pattern -> this.paths.match(pattern, path));
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String detail)
			throws IOException {
		// the unread body is not worth keeping the connection for
		response.setHeader("Connection", "close");
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			Problems.write(request, response, status,
					status == 401 ? "Unauthorized" : (status == 411 ? "Length Required" : "Content Too Large"), detail);
		}
		else {
			// not the error page: its rendering would read the parameters, and so the
			// refused body
			response.setStatus(status);
			response.setContentType("text/html;charset=UTF-8");
			response.getWriter()
				.write("<!DOCTYPE html><html lang=\"id\"><meta charset=\"utf-8\"><title>" + status
						+ " · Paritrana</title><p>" + PAGE_MESSAGES.getOrDefault(status, "") + "</p><p><a href=\""
						+ request.getContextPath() + "/\">Paritrana</a></p></html>");
		}
		// answered now, not after the server has drained what it can of the refused body
		response.flushBuffer();
	}

	private static final java.util.Map<Integer, String> PAGE_MESSAGES = java.util.Map.of(401,
			"Silakan masuk terlebih dahulu sebelum mengunggah berkas. (Please sign in before uploading files.)", 411,
			"Unggahan harus menyebutkan ukurannya; unggah ulang melalui formulir. (An upload must state its size.)",
			413, "Berkas atau permintaan terlalu besar. (The file or request is too large.)");

	/** A body without a declared length, refused once it has sent more than the limit. */
	private static final class Bounded extends HttpServletRequestWrapper {

		private final long max;

		private ServletInputStream stream;

		Bounded(HttpServletRequest request, long max) {
			super(request);
			this.max = max;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				this.stream = new Counting(super.getInputStream(), this.max);
			}
			return this.stream;
		}

		@Override
		public java.io.BufferedReader getReader() throws IOException {
			String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
			return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), encoding));
		}

	}

	private static final class Counting extends ServletInputStream {

		private final ServletInputStream in;

		private final long max;

		private long read;

		Counting(ServletInputStream in, long max) {
			this.in = in;
			this.max = max;
		}

		@Override
		public int read() throws IOException {
			int b = this.in.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = this.in.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws IOException {
			this.read += n;
			if (this.read > this.max) {
				throw new BodyTooLargeException(this.max);
			}
		}

		@Override
		public boolean isFinished() {
			return this.in.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.in.setReadListener(listener);
		}

	}

	/** A body without a declared length that went past the limit. */
	static final class BodyTooLargeException extends IOException {

		private static final long serialVersionUID = 1L;

		BodyTooLargeException(long max) {
			super("request body larger than " + max + " bytes");
		}

	}

}

package id.paritrana.app.system;

import java.util.List;
import java.util.Set;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error page people see, and who sees it: a browser on any path outside
 * {@code /api/}; the API and clients that prefer JSON get problem details instead. The
 * page says what went wrong in the user's language and offers a way back, never an
 * exception's text.
 */
public final class ErrorPages {

	static final String VIEW = "error";

	/**
	 * The statuses the page explains in its own words; any other is "something went
	 * wrong".
	 */
	static final Set<Integer> EXPLAINED = Set.of(400, 401, 403, 404, 405, 409, 411, 413);

	/** Lists a failed page can go back to: the first segment of its path. */
	private static final Set<String> LISTS = Set.of("publik", "wilayah", "kandidat", "skor-meja", "seleksi", "hasil",
			"penilaian", "panel", "verifikasi-bukti");

	private static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

	private ErrorPages() {
	}

	/** Whether the request is answered with the page rather than problem details. */
	public static boolean wantsPage(HttpServletRequest request) {
		if (path(request).startsWith("/api/")) {
			return false;
		}
		String accept = request.getHeader("Accept");
		if (accept == null || accept.isBlank()) {
			return true;
		}
		List<MediaType> types;
		try {
			types = MediaType.parseMediaTypes(accept);
		}
		catch (InvalidMediaTypeException ex) {
			return true;
		}
		double html = 0;
		double json = 0;
		for (MediaType type : types) {
			double quality = type.getQualityValue();
			if (type.includes(MediaType.TEXT_HTML)) {
				html = Math.max(html, quality);
			}
			// only a JSON type named as such counts: */* is what browsers and curl send
			if (!type.isWildcardType()
					&& (type.isCompatibleWith(MediaType.APPLICATION_JSON) || type.isCompatibleWith(PROBLEM_JSON))) {
				json = Math.max(json, quality);
			}
		}
		return html > 0 && html >= json;
	}

	/** The page of a status, with the way back to the list the failed path belongs to. */
	static ModelAndView page(HttpServletRequest request, HttpStatusCode status) {
		ModelAndView page = new ModelAndView(VIEW, status);
		page.addObject("status", status.value());
		page.addObject("explained", EXPLAINED.contains(status.value()));
		page.addObject("back", back(path(request), status.value()));
		return page;
	}

	/**
	 * The list page a failed page came from ({@code /publik/1999} → {@code /publik},
	 * {@code /edisi/2024/kandidat/x} → {@code /edisi/2024/kandidat}); none after a
	 * refusal, whose list may be refused too, and none when the list itself failed.
	 */
	static String back(String path, int status) {
		if (status == 403) {
			return null;
		}
		String[] segments = path.replaceAll("^/+", "").split("/");
		String list = null;
		if (segments.length > 1 && LISTS.contains(segments[0])) {
			list = "/" + segments[0];
		}
		else if (segments.length > 3 && segments[0].equals("edisi") && segments[1].matches("\\d{4}")) {
			list = "/edisi/" + segments[1] + "/" + segments[2];
		}
		return (list != null && !list.equals(path)) ? list : null;
	}

	/**
	 * The path asked for, within the application: the original one on the error dispatch.
	 */
	private static String path(HttpServletRequest request) {
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = (original instanceof String text) ? text : request.getRequestURI();
		String context = request.getContextPath();
		return (!context.isEmpty() && uri.startsWith(context)) ? uri.substring(context.length()) : uri;
	}

}

package id.paritrana.app.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem details written by the security filters and handlers, before any
 * controller runs.
 */
final class Problems {

	private Problems() {
	}

	static void write(HttpServletRequest request, HttpServletResponse response, int status, String title, String detail)
			throws IOException {
		response.setStatus(status);
		if (status == HttpServletResponse.SC_UNAUTHORIZED) {
			response.setHeader("WWW-Authenticate", "Basic realm=\"Paritrana\", Bearer");
		}
		// JSON is UTF-8 by definition: the media type carries no charset
		response.setContentType("application/problem+json");
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "about:blank");
		body.put("title", title);
		body.put("status", status);
		body.put("detail", detail);
		body.put("instance", request.getRequestURI());
		response.getOutputStream().write(JsonMapper.shared().writeValueAsBytes(body));
	}

}

package id.paritrana.app.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

/** RFC 9457 problem details written by the security filters, before any controller runs. */
final class Problems {

	private Problems() {
	}

	static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
		response.setStatus(status);
		if (status == HttpServletResponse.SC_UNAUTHORIZED) {
			response.setHeader("WWW-Authenticate", "Basic realm=\"Paritrana\", Bearer");
		}
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
					+ detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
	}

}

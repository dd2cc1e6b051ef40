package id.paritrana.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import id.paritrana.app.DemoUsers;

/**
 * Limits at the door, on a real server: a refused upload is answered before its body is
 * sent (so nothing of it is read or written to disk), and {@code X-Forwarded-For} counts
 * only from a configured proxy.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.2" })
@ActiveProfiles("test")
class RequestLimitsIntegrationTests {

	static final byte[] FIRST_PART = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.7\r\n"
		.getBytes(StandardCharsets.ISO_8859_1);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	/**
	 * Sends only the head of a request (and a first line of body), then reads the status
	 * line.
	 */
	String statusOfHead(String head) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(head.getBytes(StandardCharsets.ISO_8859_1));
			out.write(FIRST_PART);
			out.flush();
			InputStream in = socket.getInputStream();
			StringBuilder line = new StringBuilder();
			for (int c = in.read(); c >= 0 && c != '\r'; c = in.read()) {
				line.append((char) c);
			}
			return line.toString();
		}
	}

	static String multipartHead(String path, long length, String... headers) {
		StringBuilder head = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
				+ "Content-Type: multipart/form-data; boundary=b\r\n");
		if (length >= 0) {
			head.append("Content-Length: ").append(length).append("\r\n");
		}
		for (String header : headers) {
			head.append(header).append("\r\n");
		}
		return head.append("\r\n").toString();
	}

	static String basic(String username) {
		return "Authorization: Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + DemoUsers.PASSWORD).getBytes());
	}

	@Test
	void anAnonymousUploadIsRefusedBeforeItsBodyIsRead() throws IOException {
		// a gigabyte announced, a few bytes sent: the answer comes without waiting for
		// the rest
		assertThat(statusOfHead(multipartHead("/api/v1/editions/2024/datasets/employers", 1L << 30)))
			.startsWith("HTTP/1.1 401");
		assertThat(statusOfHead(multipartHead("/edisi/2024/kandidat/34.71/bukti", 1L << 30)))
			.startsWith("HTTP/1.1 401");
	}

	@Test
	void aSignedInUploadIsHeldToTheLimitOfItsPath() throws IOException {
		String operator = basic(DemoUsers.OPERATOR_PEMDA);
		assertThat(statusOfHead(multipartHead("/api/v1/editions/2024/candidates/34.71/evidence", 12L << 20, operator)))
			.startsWith("HTTP/1.1 413");
		assertThat(statusOfHead(multipartHead("/api/v1/editions/2024/candidates/34.71/evidence", -1, operator,
				"Transfer-Encoding: chunked")))
			.startsWith("HTTP/1.1 411");
		// an import may be larger than an evidence file, but not without limit
		String admin = basic(DemoUsers.ADMIN);
		assertThat(statusOfHead(multipartHead("/api/v1/editions/2024/datasets/employers", 2L << 30, admin)))
			.startsWith("HTTP/1.1 413");
	}

	@Test
	void aLargeJsonBodyIsRefusedByItsDeclaredLength() throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream()
				.write(("PUT /api/v1/editions/2024/jury-settings HTTP/1.1\r\nHost: 127.0.0.1\r\n"
						+ basic(DemoUsers.ADMIN) + "\r\nContent-Type: application/json\r\nContent-Length: "
						+ (50L << 20) + "\r\n\r\n{\"a\":")
					.getBytes(StandardCharsets.ISO_8859_1));
			byte[] status = socket.getInputStream().readNBytes(12);
			assertThat(new String(status, StandardCharsets.ISO_8859_1)).isEqualTo("HTTP/1.1 413");
		}
	}

	@Test
	void forwardedForCountsOnlyFromATrustedProxy() throws IOException {
		// 127.0.0.2 is the configured proxy; 127.0.0.1 is any other client
		assertThat(refusedAuditFrom("127.0.0.1")).isEqualTo("127.0.0.1");
		assertThat(refusedAuditFrom("127.0.0.2")).isEqualTo("203.0.113.9");
	}

	/**
	 * The address the audit log records for a request from {@code source} that claims to
	 * forward 203.0.113.9: the verifier is refused the audit log, and the refusal is
	 * audited.
	 */
	String refusedAuditFrom(String source) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port, java.net.InetAddress.getByName(source), 0)) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream()
				.write(("GET /api/v1/audit HTTP/1.1\r\nHost: 127.0.0.1\r\n" + basic(DemoUsers.VERIFIKATOR_34)
						+ "\r\nX-Forwarded-For: 203.0.113.9\r\nConnection: close\r\n\r\n")
					.getBytes(StandardCharsets.ISO_8859_1));
			assertThat(new String(socket.getInputStream().readNBytes(12), StandardCharsets.ISO_8859_1))
				.isEqualTo("HTTP/1.1 403");
		}
		return this.jdbc
			.sql("SELECT client_address FROM audit_log WHERE action = 'ACCESS_DENIED' AND actor = :u ORDER BY id DESC")
			.param("u", DemoUsers.VERIFIKATOR_34)
			.query(String.class)
			.list()
			.get(0);
	}

}

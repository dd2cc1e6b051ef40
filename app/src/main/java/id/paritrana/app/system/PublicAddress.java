package id.paritrana.app.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address people reach the application at, for the links in messages and the
 * verification address in certificates' QR codes: {@code PARITRANA_PUBLIC_URL} when set,
 * else the address of the request being served, else the local default.
 */
@Component
public class PublicAddress {

	private final String configured;

	PublicAddress(@Value("${paritrana.public-url:}") String configured) {
		this.configured = configured.replaceAll("/+$", "");
	}

	/**
	 * The base address, without a trailing slash:
	 * {@code https://paritrana.example.go.id}.
	 */
	public String base() {
		if (!this.configured.isBlank()) {
			return this.configured;
		}
		if (RequestContextHolder.getRequestAttributes() != null) {
			return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		}
		return "http://localhost:8080";
	}

}

package id.paritrana.app.certificate;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the certificate module ({@code paritrana.certificate.*}).
 *
 * @param publicBaseUrl the public address printed in certificates' QR codes (e.g.
 * {@code https://paritrana.example.go.id}); empty: the address of the request that
 * renders them
 */
@ConfigurationProperties("paritrana.certificate")
record CertificateProperties(String publicBaseUrl) {

	String baseUrl(jakarta.servlet.http.HttpServletRequest request) {
		if (this.publicBaseUrl != null && !this.publicBaseUrl.isBlank()) {
			return this.publicBaseUrl.replaceAll("/+$", "");
		}
		return org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromContextPath(request)
			.build()
			.toUriString();
	}

}

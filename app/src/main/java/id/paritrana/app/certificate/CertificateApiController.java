package id.paritrana.app.certificate;

import java.time.Instant;
import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import id.paritrana.app.edition.Editions;
import id.paritrana.app.edition.Stages;
import id.paritrana.app.security.SignedInUser;
import id.paritrana.app.system.NotFoundException;

/**
 * Certificates through the API: issue and list (those who run the level), verify
 * (anyone).
 */
@RestController
@Tag(name = "Certificates")
class CertificateApiController {

	private final Certificates certificates;

	private final Editions editions;

	private final Stages stages;

	CertificateApiController(Certificates certificates, Editions editions, Stages stages) {
		this.certificates = certificates;
		this.editions = editions;
		this.stages = stages;
	}

	@GetMapping("/api/v1/public/certificates/{code}")
	@Operation(summary = "The public record of a certificate by its verification code; 404 for any other code")
	ResponseEntity<PublicRecord> verify(@PathVariable String code) {
		Certificate c = this.certificates.verify(code).orElseThrow(() -> new NotFoundException("certificate"));
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(1)).cachePublic())
			.body(PublicRecord.of(c));
	}

	@GetMapping("/api/v1/editions/{year}/levels/{scope}/certificates")
	@Operation(summary = "Every certificate of a level, of every revision, newest revision first")
	List<Certificate> list(@AuthenticationPrincipal SignedInUser me, @PathVariable int year,
			@PathVariable String scope) {
		CertificateAccess.requireRuns(this.stages, me, scope);
		this.editions.require(year);
		return this.certificates.list(year, scope);
	}

	@PostMapping("/api/v1/editions/{year}/levels/{scope}/certificates")
	@Operation(summary = "Issue the certificates of the current snapshot of a determined level (idempotent); "
			+ "earlier revisions' certificates become superseded")
	List<Certificate> issue(@AuthenticationPrincipal SignedInUser me, @PathVariable int year,
			@PathVariable String scope) {
		CertificateAccess.requireRuns(this.stages, me, scope);
		this.editions.require(year);
		return this.certificates.issue(me.getUsername(), year, scope);
	}

	/** What anyone may know of a certificate. */
	record PublicRecord(String code, int editionYear, String level, String scope, String category, String award,
			Integer place, String zone, String recipient, String finalScore, long snapshotId, int revision,
			String snapshotSha256, Instant issuedAt, boolean valid, Instant supersededAt) {

		static PublicRecord of(Certificate c) {
			return new PublicRecord(c.code(), c.editionYear(), c.level().name(), c.scope(), c.category().name(),
					c.award().name(), c.place(), c.zoneTitle(), c.candidateName(), c.finalScore(), c.snapshotId(),
					c.revision(), c.snapshotDigest(), c.issuedAt(), c.valid(), c.supersededAt());
		}

	}

}

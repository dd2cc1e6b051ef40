package id.paritrana.app.evidence;

import java.io.Serializable;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One uploaded evidence document: what it is (by kind: regulation type, number and year;
 * fiscal year and amount; partner), the checked file (a cleaned label of the client's
 * name, size, pages, SHA-256) and its verification. The PDF itself is read separately.
 */
public record EvidenceItem(long id, int editionYear, String candidateCode, OwnerKind candidateKind, String provinceCode,
		EvidenceKind kind, String regulationType, String number, Integer year, String title, String partner,
		Integer fiscalYear, Long amount, String fileLabel, long sizeBytes, int pages, String sha256,
		EvidenceStatus status, String reason, String uploadedBy, Instant uploadedAt, String verifiedBy,
		Instant verifiedAt) implements Serializable {

	/** The name a download is served under: never the client's. */
	@JsonIgnore
	public String downloadName() {
		return "bukti-" + this.editionYear + "-" + this.id + "-" + this.kind.name().toLowerCase(java.util.Locale.ROOT)
				+ ".pdf";
	}

}

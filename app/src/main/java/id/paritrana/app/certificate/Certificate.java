package id.paritrana.app.certificate;

import java.time.Instant;

import id.paritrana.engine.award.Zone;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;

/**
 * One issued certificate: the award ({@code JUARA} with its place, or
 * {@code INOVASI_ZONA} with its zone) of one recipient, the snapshot and revision it was
 * issued from with that snapshot's digest, and whether a later revision superseded it.
 */
public record Certificate(long id, String code, int editionYear, Level level, String scope, Category category,
		Award award, Integer place, String zone, String candidateCode, String candidateName, String finalScore,
		long snapshotId, int revision, String snapshotDigest, Instant issuedAt, Instant supersededAt) {

	/** What a certificate is given for. */
	public enum Award {

		/** Juara 1, 2 or 3 of a category (DESIGN §5.4). */
		JUARA,

		/** Terbaik Inovasi per Zona (DESIGN §5.6). */
		INOVASI_ZONA

	}

	/** The title of the zone of a zone award (DESIGN §5.6), else null. */
	public String zoneTitle() {
		return (this.zone != null) ? Zone.valueOf(this.zone).title() : null;
	}

	/** Valid until a later revision of its level supersedes it. */
	public boolean valid() {
		return this.supersededAt == null;
	}

}

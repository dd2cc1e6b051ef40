package id.paritrana.app.result;

import java.time.Instant;

import id.paritrana.engine.rubric.Level;

/**
 * One frozen revision of a level's results (DESIGN §5.8): the level ({@code PROVINSI}
 * with a province code, or {@code NASIONAL} with {@code ID}), its revision number (1 =
 * the determination), the SHA-256 of its canonical serialisation, who determined it and
 * when, whether a later revision superseded it, and why it corrects the one before (null
 * for 1).
 */
public record Snapshot(long id, int editionYear, Level level, String scope, int revision, String sha256,
		String determinedBy, Instant determinedAt, boolean superseded, String reason) {
}

package id.paritrana.app.dataset;

import java.time.Instant;

/**
 * One import of a data set for an edition: who, when, which file (name and SHA-256) and
 * how many rows. The current version's rows are the data; earlier versions keep these
 * facts only.
 */
public record DatasetVersion(long id, int editionYear, String dataset, int version, String fileName, String sha256,
		long rowCount, String importedBy, Instant importedAt, boolean current) {
}

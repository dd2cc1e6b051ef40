package id.paritrana.app.dataset;

import java.nio.file.Path;
import java.util.Optional;

import id.paritrana.engine.data.DataSet;

/**
 * An import to run: a file on disk holding one data set for one edition.
 *
 * @param fileName the name the user gave the file (an upload's own name), as recorded and
 * shown
 * @param actor who imports, for the version and the audit log
 * @param overrideReason why the import goes ahead although a level of the edition is past
 * VERIFIKASI ({@link ResultGuard}); null for none. Only a caller that checked the actor
 * may override passes one.
 */
public record ImportRequest(int editionYear, DataSet dataSet, String fileName, Path file, String actor,
		String overrideReason) {

	public ImportRequest(int editionYear, DataSet dataSet, String fileName, Path file, String actor) {
		this(editionYear, dataSet, fileName, file, actor, null);
	}

	public Optional<String> override() {
		return Optional.ofNullable(this.overrideReason).filter(r -> !r.isBlank());
	}

}

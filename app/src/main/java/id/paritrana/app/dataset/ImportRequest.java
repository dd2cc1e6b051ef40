package id.paritrana.app.dataset;

import java.nio.file.Path;

import id.paritrana.engine.data.DataSet;

/**
 * An import to run: a file on disk holding one data set for one edition.
 * @param fileName the name the user gave the file (an upload's own name), as recorded and shown
 * @param actor who imports, for the version and the audit log
 */
public record ImportRequest(int editionYear, DataSet dataSet, String fileName, Path file, String actor) {
}

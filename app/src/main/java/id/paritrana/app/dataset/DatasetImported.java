package id.paritrana.app.dataset;

import id.paritrana.engine.data.DataSet;

/**
 * A new version of an edition's data set became current (published after the import
 * committed), so whatever shows its figures may read them again.
 */
public record DatasetImported(int editionYear, DataSet dataSet) {
}

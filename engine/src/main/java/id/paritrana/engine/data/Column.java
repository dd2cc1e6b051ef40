package id.paritrana.engine.data;

/**
 * A column of a data set: its name in the header, its type, its position in the
 * definition.
 */
public record Column(String name, FieldType type, int index) {

	@Override
	public String toString() {
		return this.name;
	}

}

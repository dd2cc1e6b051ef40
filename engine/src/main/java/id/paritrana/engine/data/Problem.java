package id.paritrana.engine.data;

/**
 * One invalid input (DESIGN §6, §7.1): the file's name, the line (the physical CSV line,
 * header = 1; the row number in an XLSX sheet), the column and why.
 */
public record Problem(String file, long line, String column, String reason) {

	@Override
	public String toString() {
		return this.file + ":" + this.line + ": " + this.column + ": " + this.reason;
	}

}

package id.paritrana.app.system;

/**
 * A file name as given by a user or a browser, made safe to record and show: no
 * directories, no control characters, at most 200 characters. Only a label: nothing is
 * ever stored or served under it.
 */
public final class SafeFileName {

	private SafeFileName() {
	}

	public static String of(String given) {
		String name = (given == null) ? "" : given;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		StringBuilder safe = new StringBuilder();
		name.codePoints()
			.filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
			.forEach(safe::appendCodePoint);
		String result = safe.toString().strip();
		if (result.length() > 200) {
			result = result.substring(result.length() - 200);
		}
		return result.isEmpty() || result.equals(".") || result.equals("..") ? "upload" : result;
	}

}

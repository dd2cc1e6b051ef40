package id.paritrana.app.edition;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pages of an edition, by path: which year a page shows, and the same page in another
 * edition. A page of a level ({@code /edisi/2024/hasil/34}) keeps its level; a page of
 * one object that the other edition may not have (a revision, a piece of evidence, a
 * juror's sheet) becomes the list it belongs to. A candidate keeps its page: its code is
 * the same every year, and its page says so when it is not a candidate in that edition.
 */
final class EditionPaths {

	private static final Pattern EDITION_PAGE = Pattern.compile("/edisi/(\\d{4})((?:/[A-Za-z0-9._-]+)*)/?");

	/**
	 * A query kept as it was sent: encoded, nothing that could end a header or name a
	 * template variable.
	 */
	private static final Pattern SAFE_QUERY = Pattern.compile("[A-Za-z0-9._~%&=+,-]+");

	private static final Pattern JUROR_SHEET = Pattern.compile("/penilaian/(\\d{4})(?:/[A-Za-z0-9._-]+)+");

	/** Pages of the whole edition, shown with one path segment after the year. */
	private static final List<String> EDITION_WIDE = List.of("kandidat", "skor-meja", "verifikasi", "penilaian-saya");

	private EditionPaths() {
	}

	/** The award year of an edition page; empty for any other path. */
	static Optional<Integer> yearOf(String path) {
		Matcher page = EDITION_PAGE.matcher(path);
		if (page.matches()) {
			return Optional.of(Integer.parseInt(page.group(1)));
		}
		Matcher sheet = JUROR_SHEET.matcher(path);
		return sheet.matches() ? Optional.of(Integer.parseInt(sheet.group(1))) : Optional.empty();
	}

	/**
	 * The page of {@code year} that matches the page at {@code path} (with its query when
	 * the page is kept whole); the home page for a path that is not an edition page, so
	 * that nothing but our own pages can be reached this way.
	 */
	static String inEdition(String path, String query, int year) {
		if (JUROR_SHEET.matcher(path).matches()) {
			return "/penilaian";
		}
		Matcher page = EDITION_PAGE.matcher(path);
		if (!page.matches() || page.group(2).isEmpty()) {
			return "/";
		}
		String[] parts = page.group(2).substring(1).split("/");
		String feature = parts[0];
		String base = "/edisi/" + year + "/";
		String kept;
		if (feature.equals("kandidat") && parts.length >= 2) {
			kept = "kandidat/" + parts[1];
		}
		else if (feature.equals("skor-meja") && parts.length == 4) {
			// a scorecard is of one candidate: its candidate page in the other edition
			kept = "kandidat/" + parts[3];
		}
		else if (feature.equals("bukti")) {
			kept = "verifikasi";
		}
		else if (EDITION_WIDE.contains(feature) || parts.length == 1) {
			kept = feature;
		}
		else {
			kept = feature + "/" + parts[1];
		}
		boolean whole = kept.equals(String.join("/", parts));
		boolean keepQuery = whole && query != null && SAFE_QUERY.matcher(query).matches();
		return base + kept + (keepQuery ? "?" + query : "");
	}

}

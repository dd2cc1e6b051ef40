package id.paritrana.app.edition;

import java.util.List;
import java.util.Map;

/**
 * What a module counts for each provincial level of an edition (candidates, evidence
 * waiting, nominees, determinations), for the edition's progress page. The modules that
 * depend on editions implement it, so that the page can show their counts without
 * depending on them.
 */
public interface ProgressCounts {

	/**
	 * One column of the progress table.
	 *
	 * @param labelKey the message key of its heading
	 * @param byProvince the count of each province (absent: none)
	 * @param outOf what each province's count is out of (absent: none), or null for a
	 * column of plain counts
	 * @param href where the work of a cell is done, with {@code {year}} and
	 * {@code {province}} to fill in
	 */
	record Column(String labelKey, Map<String, Long> byProvince, Map<String, Long> outOf, String href) {

		/** A column of plain counts. */
		public Column(String labelKey, Map<String, Long> byProvince, String href) {
			this(labelKey, byProvince, null, href);
		}

		/** What a province's count is out of, or null for a column of plain counts. */
		public Long outOf(String province) {
			return (this.outOf == null) ? null : this.outOf.getOrDefault(province, 0L);
		}

		public String hrefOf(int year, String province) {
			return this.href.replace("{year}", Integer.toString(year)).replace("{province}", province);
		}

	}

	/** This module's columns for the edition, in their order. */
	List<Column> count(int editionYear);

}

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
	 * @param href where the work of a cell is done, with {@code {year}} and
	 * {@code {province}} to fill in
	 */
	record Column(String labelKey, Map<String, Long> byProvince, String href) {

		public String hrefOf(int year, String province) {
			return this.href.replace("{year}", Integer.toString(year)).replace("{province}", province);
		}

	}

	/** This module's columns for the edition, in their order. */
	List<Column> count(int editionYear);

}

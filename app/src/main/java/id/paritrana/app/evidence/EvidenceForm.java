package id.paritrana.app.evidence;

import java.io.Serializable;

/**
 * The description of an upload as typed in a form or sent with the API, every field as
 * text so that each is checked with a message of its own (and access before any of them).
 */
public record EvidenceForm(String kind, String regulationType, String number, String year, String title, String partner,
		String fiscalYear, String amount) implements Serializable {

	public static EvidenceForm empty() {
		return new EvidenceForm("", "", "", "", "", "", "", "");
	}

}

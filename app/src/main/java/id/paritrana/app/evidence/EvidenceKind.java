package id.paritrana.app.evidence;

import java.util.List;

/** What a piece of evidence documents, and which candidates give it. */
public enum EvidenceKind {

	/**
	 * A regulation of a local government (type, number, year, title), counted for
	 * {@code regulation_level}.
	 */
	REGULASI(OwnerKind.PEMERINTAH),
	/**
	 * An APBD budget document: the allocation for vulnerable workers in one fiscal year.
	 */
	APBD(OwnerKind.PEMERINTAH),
	/** A memorandum of understanding (partner, number, year). */
	MOU(OwnerKind.PEMERINTAH, OwnerKind.BADAN_USAHA),
	/** An employer's CSR programme for vulnerable workers. */
	CSR(OwnerKind.BADAN_USAHA),
	/** An employer's supply-chain protection: vendors and their coverage. */
	RANTAI_PASOK(OwnerKind.BADAN_USAHA);

	private final List<OwnerKind> owners;

	EvidenceKind(OwnerKind... owners) {
		this.owners = List.of(owners);
	}

	/** Whether candidates of that kind give this evidence. */
	public boolean isFor(OwnerKind owner) {
		return this.owners.contains(owner);
	}

	/** The kinds a candidate of that kind may upload, in this order. */
	public static List<EvidenceKind> of(OwnerKind owner) {
		return java.util.Arrays.stream(values()).filter(k -> k.isFor(owner)).toList();
	}

}

package id.paritrana.app.system;

/**
 * An event one module publishes about an edition for another to act on after the
 * publisher's transaction (docs/events.md): while its publication is incomplete, what it
 * asks for is pending in that edition ({@link Recomputations}).
 */
public interface EditionEvent {

	/** The award year of the edition the event is about. */
	int editionYear();

	/**
	 * Whether what the event asks for may change the scores of that level of its edition
	 * ({@code ID} or a province code): while it is pending, that level is not shortlisted
	 * or determined.
	 */
	boolean concerns(String levelScope);

}

package id.paritrana.app.system;

/**
 * An event one module publishes about an edition for another to act on after the
 * publisher's transaction (docs/events.md): while its publication is incomplete, what it
 * asks for is pending in that edition ({@link Recomputations}).
 */
public interface EditionEvent {

	/** The award year of the edition the event is about. */
	int editionYear();

}

package id.paritrana.app.result;

import java.math.BigDecimal;

import id.paritrana.engine.award.Zone;

/**
 * Terbaik Inovasi per Zona (DESIGN §5.6): a provincial government with the highest
 * Inovasi aspect score of its zone at the national level (shared on equal scores), from
 * the current national snapshot.
 */
public record ZoneWinner(long snapshotId, int editionYear, Zone zone, String candidateCode, String candidateName,
		BigDecimal aspectScore) {
}

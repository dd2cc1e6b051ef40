-- The published indicator scores of each row of a snapshot, as JSON text {"indicator id": score}
-- in the rubric's order (the jury indicator only for candidates with jury scores), shown on the
-- public scorecards. NULL for rows of snapshots determined before they were recorded; the
-- canonical serialisation includes them only for snapshots that have them (docs/determination.md).
ALTER TABLE result_row ADD COLUMN indicator_scores VARCHAR;

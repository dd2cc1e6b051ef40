-- An employer's name, province and size class as the employers data set said when its measures were
-- computed: desk scores, scorecards and leaderboards read these, so a later import of employers
-- (which replaces the rows they were read from) cannot move or drop a scored candidate.
-- NULL for governments, whose names and provinces come from the shipped areas.
ALTER TABLE candidate_measure ADD COLUMN candidate_name VARCHAR;
ALTER TABLE candidate_measure ADD COLUMN province_code VARCHAR(2);
ALTER TABLE candidate_measure ADD COLUMN size_class VARCHAR(20);
UPDATE candidate_measure m SET
    candidate_name = (SELECT e.name FROM data_employer e
                      WHERE e.edition_year = m.edition_year AND e.npp = m.candidate_code
                      ORDER BY e.version_id DESC LIMIT 1),
    province_code = (SELECT SUBSTRING(e.region_code, 1, 2) FROM data_employer e
                     WHERE e.edition_year = m.edition_year AND e.npp = m.candidate_code
                     ORDER BY e.version_id DESC LIMIT 1),
    size_class = (SELECT e.size_class FROM data_employer e
                  WHERE e.edition_year = m.edition_year AND e.npp = m.candidate_code
                  ORDER BY e.version_id DESC LIMIT 1)
WHERE m.category IN ('BU_BESAR', 'BU_MENENGAH', 'UKM');

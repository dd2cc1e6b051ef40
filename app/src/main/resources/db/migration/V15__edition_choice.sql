-- The edition each user last chose to work in, remembered across sign-ins; forgotten with the edition.
CREATE TABLE edition_choice (
    username   VARCHAR(64) NOT NULL PRIMARY KEY,
    award_year INT         NOT NULL REFERENCES edition (award_year) ON DELETE CASCADE,
    chosen_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);

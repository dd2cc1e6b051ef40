-- The keyed audit chain: each entry's hash is signed with HMAC-SHA256 under a key kept outside
-- the database, so that whoever can write the database cannot recompute the chain unseen.
-- Entries written before keying have no MAC; the first keyed entry anchors them.
ALTER TABLE audit_log ADD COLUMN mac VARCHAR(64);
-- The first 8 hex digits of SHA-256(key): a wrong key is told apart from a broken chain.
ALTER TABLE audit_log ADD COLUMN key_id VARCHAR(16);
-- The head's own MAC (over its id and hash) detects entries removed from the end.
ALTER TABLE audit_head ADD COLUMN mac VARCHAR(64);

-- The health check writes a row here in a transaction it rolls back: the database must accept
-- writes (including a CHECK ... IN constraint), not only answer a query.
CREATE TABLE health_probe (
    id    INT        NOT NULL PRIMARY KEY,
    probe VARCHAR(8) NOT NULL,
    CONSTRAINT health_probe_probe_check CHECK (probe IN ('WRITE'))
);

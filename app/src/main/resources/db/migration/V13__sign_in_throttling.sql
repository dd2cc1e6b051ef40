-- Failed sign-ins are now throttled in memory (per address, username and address, and
-- username) instead of locking the account, so the lock columns are no longer used.
ALTER TABLE app_user DROP COLUMN failed_attempts;
ALTER TABLE app_user DROP COLUMN locked_until;

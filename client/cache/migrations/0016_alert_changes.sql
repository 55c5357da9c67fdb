-- Version 16: every write of an alert gives it the next number of this cache's own count (touched), so the
-- supervisor's alert list reads only the alerts written since it last looked, not every alert after every
-- batch of changes (with thousands of alerts that re-reading was most of an alert's way to the lead).
ALTER TABLE alerts ADD COLUMN touched INTEGER NOT NULL DEFAULT 0;
UPDATE alerts SET touched = id;
CREATE INDEX alerts_by_touched ON alerts(touched);

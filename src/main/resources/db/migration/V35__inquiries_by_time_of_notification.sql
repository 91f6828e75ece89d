-- The agencies' figures count the inquiries notified in a period, most often the last 30 days:
-- found by the time of notification, they no longer read every inquiry ever opened.
CREATE INDEX inquiry_notified_idx ON inquiry (notified_at);

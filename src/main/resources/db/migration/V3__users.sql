-- Local users for HTTP Basic. Passwords are BCrypt hashes; a reviewer is bound to one agency.
CREATE TABLE app_user (
    username      text PRIMARY KEY CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
    password_hash text NOT NULL CHECK (password_hash LIKE '{bcrypt}%'),
    role          text NOT NULL CHECK (role IN ('APPLICANT', 'AGENCY_REVIEWER', 'GIS_ADMIN', 'MINISTRY_OFFICER')),
    agency_id     text REFERENCES agency (id),
    enabled       boolean NOT NULL DEFAULT true,
    CONSTRAINT app_user_reviewer_has_agency CHECK ((role = 'AGENCY_REVIEWER') = (agency_id IS NOT NULL))
);
COMMENT ON TABLE app_user IS 'Local users (HTTP Basic). AGENCY_REVIEWERs answer inquiries for exactly one agency.';

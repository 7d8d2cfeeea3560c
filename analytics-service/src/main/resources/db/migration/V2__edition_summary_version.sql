-- The edition's version in the newest event applied: an older event arriving late changes nothing.
alter table edition_summary add column edition_version bigint;

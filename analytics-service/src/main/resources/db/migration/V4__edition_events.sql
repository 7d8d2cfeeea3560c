-- The edition events applied, by id, so that "events applied" counts each event once however often it is
-- delivered and whichever path (live consumer or rebuild) applies it; an edition event without a version
-- (older producers) is applied as the newest.
create table rm_edition_event (
    generation integer not null,
    edition_id varchar not null,
    event_id   uuid    not null,
    primary key (generation, edition_id, event_id)
);
alter table rm_edition alter column version drop not null;

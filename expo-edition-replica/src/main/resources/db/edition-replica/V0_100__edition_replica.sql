-- Local copy of the editions published by exhibitor-service (expo.edition.published.v1); read-only here.
-- Shared modules take a reserved range (V0_x): this module's migrations are V0_100 to V0_199, so a service's
-- own migrations always start at V1.
create table edition (
    id            varchar primary key,
    name_en       varchar,
    name_zh       varchar,
    venue_en      varchar,
    venue_zh      varchar,
    start_date    date        not null,
    end_date      date        not null,
    chains        varchar     not null,
    public_days   varchar     not null,
    last_event_id uuid        not null,
    -- the edition's version in the newest event applied; an older event arriving late is ignored
    version       bigint,
    updated_at    timestamptz not null
);

create index edition_updated_at on edition (updated_at, id);

-- Local copy of the editions published by exhibitor-service (expo.edition.published.v1); read-only here.
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
    updated_at    timestamptz not null
);

create index edition_updated_at on edition (updated_at, id);

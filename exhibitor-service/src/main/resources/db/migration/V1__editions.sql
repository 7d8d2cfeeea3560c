create table edition (
    id          varchar primary key,
    name_en     varchar,
    name_zh     varchar,
    venue_en    varchar,
    venue_zh    varchar,
    start_date  date        not null,
    end_date    date        not null,
    chains      varchar        not null,
    public_days varchar        not null,
    version     bigint      not null default 0,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    constraint edition_dates_in_order check (end_date >= start_date),
    constraint edition_id_is_a_code check (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    constraint edition_has_a_name check (name_en is not null or name_zh is not null)
);

create index edition_updated_at on edition (updated_at, id);

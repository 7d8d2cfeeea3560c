-- The read model: one row per aggregate as the newest event describes it (by the aggregate's version), so a
-- repeat or a late older event changes nothing and events of different topics may arrive in any order; the
-- figures are counted from these rows. Every row belongs to a generation: live consumers write to the ACTIVE
-- one and to the one a rebuild is BUILDING; a rebuild switches them in one transaction when it has caught up.
drop table edition_summary;

create table read_model_generation (
    generation   integer primary key,
    state        varchar     not null check (state in ('ACTIVE', 'BUILDING', 'RETIRED', 'FAILED')),
    started_at   timestamptz not null,
    finished_at  timestamptz,
    heartbeat_at timestamptz not null,
    events_read  bigint      not null default 0,
    error        varchar
);
create unique index read_model_one_active on read_model_generation ((true)) where state = 'ACTIVE';
create unique index read_model_one_building on read_model_generation ((true)) where state = 'BUILDING';
insert into read_model_generation (generation, state, started_at, finished_at, heartbeat_at)
values (1, 'ACTIVE', now(), now(), now());

create table rm_edition (
    generation    integer     not null,
    edition_id    varchar     not null,
    name_en       varchar,
    name_zh       varchar,
    start_date    date        not null,
    end_date      date        not null,
    time_zone     varchar     not null,
    chains        varchar     not null,
    public_days   varchar     not null,
    version       bigint      not null,
    last_event_at timestamptz not null,
    applied_at    timestamptz not null,
    primary key (generation, edition_id)
);

create table rm_exhibitor (
    generation        integer     not null,
    exhibitor_id      uuid        not null,
    country_code      varchar     not null,
    organization_type varchar     not null,
    version           bigint      not null,
    last_event_at     timestamptz not null,
    primary key (generation, exhibitor_id)
);

create table rm_application (
    generation     integer     not null,
    application_id uuid        not null,
    edition_id     varchar     not null,
    exhibitor_id   uuid        not null,
    chain          varchar     not null,
    segment        varchar     not null,
    country_code   varchar     not null,
    status         varchar     not null,
    version        bigint      not null,
    last_event_at  timestamptz not null,
    primary key (generation, application_id)
);
create index rm_application_edition on rm_application (generation, edition_id);

-- A booth first heard of through a booking is recorded from the booking's copy of it with version -1, so
-- that the booth's own events, whenever they arrive, replace it.
create table rm_booth (
    generation    integer       not null,
    booth_id      uuid          not null,
    edition_id    varchar       not null,
    hall_id       uuid          not null,
    hall_code     varchar       not null,
    code          varchar       not null,
    chain         varchar,
    type          varchar       not null,
    area_sqm      numeric(12,2) not null,
    removed       boolean       not null,
    version       bigint        not null,
    last_event_at timestamptz   not null,
    primary key (generation, booth_id)
);
create index rm_booth_edition on rm_booth (generation, edition_id);

create table rm_booking (
    generation    integer     not null,
    booking_id    uuid        not null,
    booth_id      uuid        not null,
    edition_id    varchar     not null,
    exhibitor_id  uuid        not null,
    status        varchar     not null,
    version       bigint      not null,
    last_event_at timestamptz not null,
    primary key (generation, booking_id)
);
create index rm_booking_booth on rm_booking (generation, booth_id) where status in ('HELD', 'CONFIRMED');
create index rm_booking_edition on rm_booking (generation, edition_id);

-- An erased registration keeps its counts: erasure changes neither its status nor its category.
create table rm_registration (
    generation      integer     not null,
    registration_id uuid        not null,
    edition_id      varchar     not null,
    category        varchar     not null,
    country_code    varchar,
    status          varchar     not null,
    days            varchar     not null,
    channel         varchar     not null,
    erased          boolean     not null default false,
    registered_at   timestamptz not null,
    version         bigint      not null,
    last_event_at   timestamptz not null,
    primary key (generation, registration_id)
);
create index rm_registration_edition on rm_registration (generation, edition_id);

-- One row per gate entry (re-entries included), keyed by the check-in.
create table rm_admission (
    generation      integer     not null,
    checkin_id      uuid        not null,
    registration_id uuid        not null,
    edition_id      varchar     not null,
    category        varchar     not null,
    country_code    varchar,
    gate_id         varchar     not null,
    day             date        not null,
    admitted_at     timestamptz not null,
    first_of_day    boolean     not null,
    last_event_at   timestamptz not null,
    primary key (generation, checkin_id)
);
create index rm_admission_edition on rm_admission (generation, edition_id, admitted_at);

-- booth-service's own tables. The edition replica (V0_100) and the event spine (V0_x) come before.
create extension if not exists btree_gist;

-- What booth-service knows of exhibitor organisations, from expo.exhibitor.* events: public data only.
create table exhibitor (
    id                uuid primary key,
    name_en           varchar(200),
    name_zh           varchar(200),
    country_code      varchar(2),
    organization_type varchar(40),
    -- the organisation's version in the newest event applied; an older one arriving late is ignored
    version           bigint      not null,
    updated_at        timestamptz not null
);

-- Each exhibitor's application status per edition, from expo.application.* events.
create table exhibitor_application (
    exhibitor_id   uuid        not null,
    edition_id     varchar     not null,
    application_id uuid        not null,
    status         varchar(20) not null,
    chain          varchar(40) not null,
    country_code   varchar(2),
    -- the application's version in the newest event applied
    version        bigint      not null,
    updated_at     timestamptz not null,
    primary key (exhibitor_id, edition_id),
    constraint exhibitor_application_status check (status in ('SUBMITTED', 'APPROVED', 'REJECTED', 'WITHDRAWN'))
);

create table hall (
    id         uuid primary key,
    edition_id varchar       not null references edition (id),
    code       varchar(30)   not null,
    name_en    varchar(200),
    name_zh    varchar(200),
    zone       varchar(40),
    width      numeric(8, 2) not null,
    depth      numeric(8, 2) not null,
    version    bigint        not null default 0,
    created_at timestamptz   not null,
    updated_at timestamptz   not null,
    constraint hall_code_per_edition unique (edition_id, code),
    constraint hall_has_a_name check (name_en is not null or name_zh is not null),
    constraint hall_size check (width > 0 and width <= 1000 and depth > 0 and depth <= 1000)
);

create index hall_edition on hall (edition_id, code);

-- A removed booth keeps its row (its bookings refer to it) with removed_at set; it no longer takes space or a code.
create table booth (
    id             uuid primary key,
    edition_id     varchar        not null references edition (id),
    hall_id        uuid           not null references hall (id),
    code           varchar(30)    not null,
    type           varchar(20)    not null,
    x              numeric(8, 2)  not null,
    y              numeric(8, 2)  not null,
    width          numeric(8, 2)  not null,
    depth          numeric(8, 2)  not null,
    area_sqm       numeric(12, 4) generated always as (width * depth) stored,
    price_amount   numeric(14, 2) not null,
    price_currency varchar(3)     not null,
    version        bigint         not null default 0,
    created_at     timestamptz    not null,
    updated_at     timestamptz    not null,
    removed_at     timestamptz,
    constraint booth_geometry check (x >= 0 and y >= 0 and width > 0 and depth > 0),
    constraint booth_price check (price_amount >= 0 and price_currency ~ '^[A-Z]{3}$'),
    constraint booth_type check (type in ('STANDARD', 'CORNER', 'PENINSULA', 'ISLAND', 'RAW_SPACE')),
    -- The interiors of two booths of a hall never overlap, whatever runs concurrently: half-open ranges, so
    -- booths that only share a wall or a corner are fine.
    constraint booth_no_overlap exclude using gist (
        hall_id with =,
        numrange(x, x + width, '[)') with &&,
        numrange(y, y + depth, '[)') with &&) where (removed_at is null)
);

create unique index booth_code_per_edition on booth (edition_id, code) where removed_at is null;
create index booth_hall on booth (hall_id) where removed_at is null;
create index booth_updated_at on booth (updated_at, id);

create table booking (
    id            uuid primary key,
    booth_id      uuid        not null references booth (id),
    edition_id    varchar     not null,
    exhibitor_id  uuid        not null,
    status        varchar(20) not null,
    expires_at    timestamptz,
    reason        varchar(2000),
    -- the confirmed booking of the previous edition this re-booking offers again (right of first refusal)
    rebooked_from uuid references booking (id),
    version       bigint      not null default 0,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    constraint booking_status check (status in ('HELD', 'CONFIRMED', 'CANCELLED', 'EXPIRED')),
    constraint booking_hold_expires check (status <> 'HELD' or expires_at is not null)
);

-- At most one active booking per booth under any concurrency. A HELD row past its expiresAt is expired (and
-- its event written) in the same transaction that takes the booth, before the insert.
create unique index booking_one_active_per_booth on booking (booth_id) where status in ('HELD', 'CONFIRMED');
-- A confirmed booking of one edition is offered again at most once.
create unique index booking_rebooked_once on booking (rebooked_from) where rebooked_from is not null;
create index booking_edition_exhibitor on booking (edition_id, exhibitor_id, status);
create index booking_held_expiry on booking (expires_at) where status = 'HELD';
create index booking_updated_at on booking (updated_at, id);

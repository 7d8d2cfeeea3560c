create table exhibitor (
    id                uuid primary key,
    name_en           varchar(200),
    name_zh           varchar(200),
    country_code      varchar(2)   not null,
    organization_type varchar(40)  not null,
    website           varchar(2048),
    description_en    varchar(4000),
    description_zh    varchar(4000),
    contact_name      varchar(200),
    contact_email     varchar(254),
    contact_phone     varchar(40),
    created_by        varchar      not null,
    version           bigint       not null default 0,
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    constraint exhibitor_has_a_name check (name_en is not null or name_zh is not null),
    constraint exhibitor_country_code check (country_code ~ '^[A-Z]{2}$')
);

create index exhibitor_updated_at on exhibitor (updated_at, id);
create index exhibitor_sort_name on exhibitor ((lower(coalesce(name_en, name_zh))), id);

create table application (
    id                 uuid primary key,
    exhibitor_id       uuid          not null references exhibitor (id),
    edition_id         varchar       not null references edition (id),
    chain              varchar(40)   not null,
    segment            varchar(20)   not null,
    requested_area_sqm numeric(8, 2) not null,
    products           varchar       not null,
    status             varchar(20)   not null,
    reason             varchar(2000),
    version            bigint        not null default 0,
    created_at         timestamptz   not null,
    updated_at         timestamptz   not null,
    -- One application per exhibitor and edition, whatever the code does under concurrency.
    constraint application_one_per_edition unique (exhibitor_id, edition_id),
    constraint application_area check (requested_area_sqm > 0 and requested_area_sqm <= 10000),
    constraint application_status check (status in ('SUBMITTED', 'APPROVED', 'REJECTED', 'WITHDRAWN'))
);

create index application_edition_status on application (edition_id, status, exhibitor_id);
create index application_updated_at on application (updated_at, id);

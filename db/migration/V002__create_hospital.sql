-- Hospitals, merged across documents by official name and alias.
create table hospital (
    id           bigint generated always as identity,
    slug         text     not null,
    name_zh      text     not null,
    name_en      text,
    province     text,
    city         text,
    district     text,
    level        text,
    category     text,
    ownership    text     not null default 'public',
    founded_year smallint,
    constraint pk_hospital primary key (id),
    constraint uq_hospital_slug unique (slug),
    constraint uq_hospital_name_zh unique (name_zh),
    constraint ck_hospital_slug check (slug ~ '^[a-z0-9][a-z0-9-]*$'),
    constraint ck_hospital_name_zh check (length(btrim(name_zh)) > 0),
    constraint ck_hospital_level check (level in (
        '三级特等', '三级甲等', '三级乙等', '三级丙等', '三级',
        '二级甲等', '二级乙等', '二级丙等', '二级',
        '一级甲等', '一级乙等', '一级丙等', '一级', '未定级')),
    constraint ck_hospital_category check (category in (
        '综合', '中医', '中西医结合', '妇幼', '儿童', '肿瘤', '骨科', '专科', '基层')),
    constraint ck_hospital_ownership check (ownership in ('public', 'private')),
    constraint ck_hospital_founded_year check (founded_year between 1000 and 2100)
);

create index ix_hospital_province_city on hospital (province, city);
create index ix_hospital_level on hospital (level);
create index ix_hospital_category on hospital (category);

-- Other names a hospital goes by (简称, short forms), for resolving 郴州市一医院 → 郴州市第一人民医院.
create table hospital_alias (
    id          bigint generated always as identity,
    hospital_id bigint not null,
    alias       text   not null,
    constraint pk_hospital_alias primary key (id),
    constraint fk_hospital_alias_hospital foreign key (hospital_id) references hospital (id) on delete cascade,
    constraint uq_hospital_alias_alias unique (alias),
    constraint ck_hospital_alias_alias check (length(btrim(alias)) > 0)
);

create index ix_hospital_alias_hospital on hospital_alias (hospital_id);

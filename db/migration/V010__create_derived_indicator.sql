-- Ratios of two catalogue indicators of the same hospital and year, offered by the comparison API like
-- ordinary indicator codes. Never stored as values: computed from the two levels, with both quotes.
create table derived_indicator (
    code        text not null,
    name_zh     text not null,
    name_en     text not null,
    unit        text not null,
    better      text not null,
    category    text not null,
    numerator   text not null,
    denominator text not null,
    definition  text not null,
    constraint pk_derived_indicator primary key (code),
    constraint fk_derived_indicator_numerator foreign key (numerator) references indicator (code),
    constraint fk_derived_indicator_denominator foreign key (denominator) references indicator (code),
    constraint ck_derived_indicator_code check (code ~ '^[a-z][a-z0-9_]*$'),
    constraint ck_derived_indicator_better check (better in ('higher', 'lower', 'neutral')),
    constraint ck_derived_indicator_inputs check (numerator <> denominator)
);

insert into derived_indicator (code, name_zh, name_en, unit, better, category, numerator, denominator, definition) values
    ('revenue_per_bed', '每床业务收入', 'Operating revenue per open bed', 'CNY/bed', 'neutral', 'efficiency',
     'revenue', 'beds_open', '业务收入/实际开放床位数（同一医院、同一年度）'),
    ('discharges_per_bed', '每床出院人次', 'Discharges per open bed', 'persons/bed', 'neutral', 'efficiency',
     'discharges', 'beds_open', '出院人次/实际开放床位数（同一医院、同一年度）'),
    ('staff_per_bed', '床均在职职工数', 'Employees per open bed', 'persons/bed', 'neutral', 'workforce',
     'staff_total', 'beds_open', '在职职工总数/实际开放床位数（同一医院、同一年度）'),
    ('outpatient_visits_per_staff', '职工人均门诊人次', 'Outpatient visits per employee', 'visits/person', 'neutral',
     'efficiency', 'outpatient_visits', 'staff_total', '门诊人次/在职职工总数（同一医院、同一年度）');

// Hospital Atlas dashboard: a small reference client of the documented /api/v1 endpoints.
// No framework and no innerHTML: every text from the API reaches the page as a text node (see el()),
// and ECharts tooltips render as canvas rich text, so nothing from the data is parsed as HTML.
/* global echarts */

const API = '/api/v1';
const MAX_BARS = 30;
const REDUCED_MOTION = window.matchMedia('(prefers-reduced-motion: reduce)').matches;

const QUALIFIERS = { exact: '', approx: '≈', at_most: '≤', at_least: '≥' };
const UNITS = {
    CNY: '元', 'CNY/bed': '元/床', DDDs: 'DDDs', beds: '张', cases: '例', count: '个', days: '天', grade: '级',
    items: '项', m2: '平方米', minutes: '分钟', operations: '台次', percent: '%', 'person-times': '人次',
    persons: '人', 'persons/bed': '人/床', score: '分', teams: '支', visits: '人次',
    'visits/person': '人次/人',
};
const INDICATOR_CATEGORIES = {
    capacity: '资源规模 · Capacity', volume: '服务量 · Volume', efficiency: '运行效率 · Efficiency',
    quality: '医疗质量 · Quality', cost: '费用 · Cost', finance: '财务 · Finance',
    workforce: '人才队伍 · Workforce', capability: '技术能力 · Capability',
    informatization: '信息化 · Informatization', consortium: '医联体 · Consortium',
    primary_care: '基层服务 · Primary care', satisfaction: '满意度 · Satisfaction',
};
const PILOT_CATEGORIES = {
    modern_hospital_management: '现代医院管理制度 · Modern hospital management',
    drg_dip_payment: 'DRG/DIP 支付改革 · DRG/DIP payment',
    salary_reform: '薪酬制度改革 · Salary reform',
    personnel_staffing: '人事编制改革 · Personnel and staffing',
    title_evaluation: '职称评审改革 · Title evaluation',
    comprehensive_reform: '综合改革 · Comprehensive reform',
    high_quality_demo: '高质量发展示范 · High-quality demo',
    other: '其他 · Other',
};
const PILOT_LEVELS = {
    national: '国家级 · National', provincial: '省级 · Provincial',
    municipal: '市级 · Municipal', county: '县级 · County',
};
const CONSORTIUM_TYPES = {
    city_medical_group: '城市医疗集团 · City medical group',
    county_medical_community: '县域医共体 · County medical community',
    specialty_alliance: '专科联盟 · Specialty alliance',
    tele_medicine_network: '远程医疗协作网 · Telemedicine network',
    regional_medical_center: '区域医疗中心 · Regional medical centre',
    hospital_group: '医院集团 · Hospital group',
    other: '其他 · Other',
};
// Consortium roles: label and colour; the order is the graph's category index (lead first).
const ROLES = {
    lead: ['牵头医院 · Lead', '#c0392b'],
    member: ['成员单位 · Member', '#2f6fb0'],
    output_hospital: ['输出医院 · Output hospital', '#d68910'],
    input_hospital: ['输入医院 · Input hospital', '#16a085'],
    merged: ['并入 · Merged', '#7d3c98'],
};

const plain = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });
const compact = new Intl.NumberFormat('zh-CN', { notation: 'compact', maximumFractionDigits: 2 });
/** 4,340 as is; from 100,000 up in 万/亿 as the documents write them (248.4万). */
const num = (v) => (Math.abs(v) >= 1e5 ? compact.format(v) : plain.format(v));
const unitLabel = (unit) => (UNITS[unit] && UNITS[unit] !== unit ? `${UNITS[unit]} · ${unit}` : unit || '');
const label = (map, key) => map[key] || key || '—';
const indicatorName = (i) => (i.nameEn ? `${i.nameZh} · ${i.nameEn}` : i.nameZh);
const pct = (v) => (v == null ? '—' : `${v > 0 ? '+' : ''}${plain.format(v)}%`);

/** A figure as read: qualifier, number and unit (≈4,000 例, ≤30%). */
function figure(value, qualifier, unit) {
    if (value == null) return '—';
    const suffix = unit === 'percent' ? '%' : ` ${UNITS[unit] || unit || ''}`;
    return `${QUALIFIERS[qualifier] || ''}${num(value)}${suffix}`;
}

// ---- DOM helpers ------------------------------------------------------------------------------

/** Builds an element; strings and numbers among the children become text nodes, never markup. */
function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs)) {
        if (value == null || value === false) continue;
        if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
        else if (key === 'class') node.className = value;
        else if (key === 'testid') node.dataset.testid = value;
        else node.setAttribute(key, value === true ? '' : value);
    }
    for (const child of children.flat()) {
        if (child != null && child !== false) node.append(child instanceof Node ? child : String(child));
    }
    return node;
}

const $ = (id) => document.getElementById(id);
const empty = (text) => el('p', { class: 'empty', testid: 'empty' }, text);
const bilingual = (zh, en) => [zh, ' ', el('span', { class: 'en' }, en)];
const hospitalLink = (h) =>
    el('a', { href: `#/hospital/${encodeURIComponent(h.slug)}`, testid: 'hospital-link' }, h.name);
const roleChip = (role) =>
    el('span', { class: 'chip', style: `--role:${ROLES[role]?.[1] || '#666'}` }, ROLES[role]?.[0] || role);

/** Replaces a container's content, first disposing the charts inside it. */
function fill(container, ...children) {
    container.querySelectorAll('.chart').forEach((c) => echarts.getInstanceByDom(c)?.dispose());
    container.replaceChildren(...children.flat().filter(Boolean));
}

/** Draws a chart into a new element at the end of a (visible) container. */
function chart(container, option, testid, height) {
    const node = el('div', { class: 'chart', testid, role: 'img', 'aria-label': testid });
    if (height) node.style.height = `${height}px`;
    container.append(node);
    const instance = echarts.init(node);
    instance.setOption({ animation: !REDUCED_MOTION, ...option });
    node.dataset.rendered = 'true';
    return instance;
}

window.addEventListener('resize', () =>
    document.querySelectorAll('.chart').forEach((c) => echarts.getInstanceByDom(c)?.resize()));

function setOptions(select, options, selected) {
    select.replaceChildren(
        ...options.map(([value, text]) => el('option', { value, selected: value === selected }, text)));
}

// ---- API --------------------------------------------------------------------------------------

async function api(path, params = {}) {
    const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v != null && v !== ''));
    const url = `${API}${path}${query.size ? `?${query}` : ''}`;
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    const body = await response.json().catch(() => null);
    if (!response.ok) throw new Error(body?.detail || body?.title || `HTTP ${response.status}`);
    return body;
}

// Loaded once: the indicator list (catalogue and derived ratios), what has data, and the hospitals.
const catalogue = { indicators: [], byCode: new Map(), coverage: new Map(), years: [], hospitals: [], cells: [] };
const nameOf = (code) => (catalogue.byCode.has(code) ? indicatorName(catalogue.byCode.get(code)) : code);
const hospitalCount = (code) => catalogue.coverage.get(code)?.hospitalCount || 0;
const byCount = (a, b) => b.hospitalCount - a.hospitalCount;

async function loadCatalogue() {
    const [indicators, coverage, hospitals, documents, pilots, consortia] = await Promise.all([
        api('/compare/indicators'),
        api('/coverage', { size: 500 }),
        api('/hospitals', { size: 500, sort: 'name' }),
        api('/documents', { size: 1 }),
        api('/reform-pilots', { size: 1 }),
        api('/consortia', { size: 1 }),
    ]);
    catalogue.indicators = indicators;
    indicators.forEach((i) => catalogue.byCode.set(i.code, i));
    coverage.indicators.forEach((c) => catalogue.coverage.set(c.indicator, c));
    const years = new Set(coverage.indicators.flatMap((c) => c.years.map((y) => y.year)));
    catalogue.years = [...years].sort((a, b) => b - a);
    catalogue.cells = coverage.items;
    catalogue.hospitals = hospitals.items;

    const withData = coverage.indicators.filter((c) => c.hospitalCount > 0);
    const totals = [
        [hospitals.totalItems, '家医院', 'hospitals'],
        [documents.totalItems, '份文件', 'documents'],
        [withData.length, '项指标有数据', 'indicators with figures'],
        [pilots.totalItems, '项改革试点', 'reform pilots'],
        [consortia.totalItems, '个医联体', 'consortia'],
    ];
    $('totals').replaceChildren(...totals.map(([n, zh, en]) =>
        el('li', {}, el('strong', {}, plain.format(n)), ` ${zh} `, el('span', { class: 'en' }, en))));

    const share = (c) => (100 * c.hospitalCount) / Math.max(hospitals.totalItems, 1);
    const rankingOf = (c) => `#/ranking?indicator=${encodeURIComponent(c.indicator)}&year=latest`;
    $('coverage-list').replaceChildren(...[...withData].sort(byCount).slice(0, 8).map((c) => el('li', {},
        el('a', { href: rankingOf(c), title: nameOf(c.indicator) }, nameOf(c.indicator)),
        el('span', { class: 'bar', style: `--share:${share(c)}%` }),
        el('span', { class: 'muted' }, `${c.hospitalCount} 家 · ${yearSpan(c.years.map((y) => y.year))}`))));
}

/** The years with figures: "2021", "2019, 2021", or a span "2002–2025" when there are more than two. */
function yearSpan(years) {
    const sorted = [...years].sort((a, b) => a - b);
    return sorted.length > 2 ? `${sorted[0]}–${sorted[sorted.length - 1]}` : sorted.join(', ');
}

/** Indicators (not derived ratios) with figures for the most hospitals first (from /coverage). */
const mostCovered = () => [...catalogue.coverage.values()]
    .filter((c) => !c.derived && c.hospitalCount > 0).sort(byCount).map((c) => c.indicator);

/** Hospitals with the most indicator figures first, counting only the given indicators if any (from /coverage). */
function bestCovered(indicators) {
    const counts = new Map();
    catalogue.cells.filter((c) => !indicators || indicators.includes(c.indicator))
        .forEach((c) => counts.set(c.hospital.slug, (counts.get(c.hospital.slug) || 0) + 1));
    return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([slug]) => slug);
}

function indicatorSelect(select, selected) {
    const groups = new Map();
    for (const i of catalogue.indicators) {
        if (!groups.has(i.category)) {
            groups.set(i.category, el('optgroup', { label: label(INDICATOR_CATEGORIES, i.category) }));
        }
        groups.get(i.category).append(el('option', { value: i.code, selected: i.code === selected },
            `${indicatorName(i)} (${hospitalCount(i.code)})`));
    }
    select.replaceChildren(...groups.values());
}

/** Latest, then every year with any figure, each with how many hospitals have this indicator then. */
function yearOptions(code) {
    const counts = new Map((catalogue.coverage.get(code)?.years || []).map((y) => [y.year, y.hospitalCount]));
    return [['latest', '最新 · Latest'], ...catalogue.years.map((y) => [String(y), `${y} (${counts.get(y) || 0})`])];
}

// ---- Evidence and documents -------------------------------------------------------------------

// The API key for reviews lives in this tab's sessionStorage only: never in localStorage, a cookie or the address.
const KEY_STORAGE = 'hospital-atlas.api-key';
const apiKey = () => sessionStorage.getItem(KEY_STORAGE) || '';
const REVIEW_STATES = {
    extracted: '待审核 · Not reviewed', confirmed: '已确认 · Confirmed', corrected: '已更正 · Corrected',
    rejected: '已驳回 · Rejected',
};

/** POSTs a review of a figure with the key; answers the fact as it now stands. */
async function reviewFigure(fact, review) {
    const response = await fetch(`${API}/facts/indicator-values/${encodeURIComponent(fact)}/reviews`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-API-Key': apiKey() },
        body: JSON.stringify(review),
    });
    const body = await response.json().catch(() => null);
    if (!response.ok) throw new Error(body?.detail || body?.title || `HTTP ${response.status}`);
    return body.fact;
}

/** A figure's review state and, with a key entered, buttons to confirm or reject it. */
function reviewControls(e) {
    if (e.fact == null || !e.review) return null;
    const state = el('span', { class: 'review', testid: 'review-state', 'data-state': e.review },
        REVIEW_STATES[e.review] || e.review);
    if (!apiKey()) return el('p', { class: 'review-line' }, state);
    const message = el('span', { class: 'muted', testid: 'review-message' });
    const send = async (review) => {
        try {
            const fact = await reviewFigure(e.fact, review);
            state.dataset.state = fact.review;
            state.textContent = REVIEW_STATES[fact.review] || fact.review;
            message.textContent = fact.review === 'rejected'
                ? ' · 已驳回，不再用于对比和排名 · no longer used in comparisons and rankings' : '';
        } catch (error) {
            message.textContent = ` · ${error.message}`;
        }
    };
    const reject = () => {
        const reason = window.prompt('驳回原因 · Why reject this figure?');
        if (reason && reason.trim()) send({ state: 'rejected', reason: reason.trim() });
    };
    return el('p', { class: 'review-line' }, state, ' ',
        el('button', { type: 'button', testid: 'review-confirm', onclick: () => send({ state: 'confirmed' }) },
            '确认 · Confirm'),
        ' ',
        el('button', { type: 'button', testid: 'review-reject', onclick: reject }, '驳回 · Reject'),
        message);
}

function evidenceList(evidence, heading) {
    if (!evidence || evidence.length === 0) {
        return [heading, empty('没有原文引用 · No quote recorded for this figure')];
    }
    return [heading, ...evidence.map((e) => {
        const doc = encodeURIComponent(e.document);
        return el('figure', { class: 'evidence' },
            el('blockquote', { testid: 'evidence-quote' }, e.quote),
            el('figcaption', {},
                el('a', { href: `#/document/${doc}?start=${e.start}&end=${e.end}`, testid: 'evidence-link' },
                    '查看原文 · Open document'),
                ' ',
                el('a', { href: `${API}/documents/${doc}`, class: 'muted' }, 'JSON'),
                el('span', { class: 'muted' }, ` · ${e.document} · ${e.start}–${e.end}`,
                    e.confidence != null ? ` · 置信度 confidence ${e.confidence}` : '')),
            reviewControls(e));
    })];
}

/** A source document with the quoted span (start/end offsets into its text) highlighted. */
async function showDocument(slug, params) {
    const body = $('document-body');
    const answer = await api(`/documents/${encodeURIComponent(slug)}`);
    const text = answer.text || '';
    const start = Number(params.get('start'));
    const end = Number(params.get('end'));
    const valid = params.has('start') && Number.isInteger(start) && Number.isInteger(end)
        && start >= 0 && end > start && end <= text.length;
    const mark = valid ? el('mark', { testid: 'doc-highlight' }, text.slice(start, end)) : null;
    const d = answer.document;
    const back = (e) => { e.preventDefault(); history.back(); };
    fill(body,
        el('p', {}, el('a', { href: '#', onclick: back }, '← 返回 · Back')),
        el('h2', { testid: 'document-title' }, d.title || d.slug),
        el('p', { class: 'note' }, [d.publisher, d.publishedOn, d.slug].filter(Boolean).join(' · '), ' · ',
            el('a', { href: `${API}/documents/${encodeURIComponent(d.slug)}` }, 'JSON')),
        el('pre', { class: 'doc-text' }, valid ? [text.slice(0, start), mark, text.slice(end)] : text));
    const pre = body.querySelector('pre');
    if (mark) pre.scrollTop = mark.offsetTop - pre.offsetTop - pre.clientHeight / 3;
}

// ---- Ranking ----------------------------------------------------------------------------------

/** How many hospitals a ranking shows (the API's page). */
const RANKING_SIZE = 100;

async function showRanking(params) {
    // by default the indicator most hospitals have a figure for, whatever the corpus
    const code = params.get('indicator') || mostCovered()[0] || 'beds_open';
    const year = params.get('year') || 'latest';
    indicatorSelect($('ranking-indicator'), code);
    setOptions($('ranking-year'), yearOptions(code), year);
    const indicator = catalogue.byCode.get(code);
    const unit = `单位 unit: ${unitLabel(indicator?.unit)}`;
    $('ranking-title').replaceChildren(indicator ? indicatorName(indicator) : code);
    fill($('ranking-evidence'),
        empty('点击柱条或列表中的医院查看原文 · Click a bar or a hospital in the list to see the quote'));

    // year=latest ranks each hospital's own latest year with a value; a year ranks that year
    const ranking = await api(`/indicators/${encodeURIComponent(code)}/ranking`, { year, size: RANKING_SIZE });
    const items = ranking.items;
    const peers = ranking.peerGroup;
    const note = (year === 'latest' ? "各医院最新年份 · Each hospital's latest year" : `${year} 年`)
        + ` · ${unit} · ${peers.count} 家医院 hospitals`
        + (peers.median != null ? ` · 中位数 median ${num(peers.median)}` : '')
        + (ranking.totalItems > items.length ? ` · 前 ${items.length} 名 · top ${items.length}` : '');
    $('ranking-note').textContent = note;
    const body = $('ranking-body');
    if (items.length === 0) {
        fill(body, empty(year === 'latest'
            ? '该指标还没有任何医院的数据 · No hospital has a value for this indicator yet'
            : `该指标在所选年份没有数据 · No values for this indicator in ${year}`));
        return;
    }

    const select = (index) => {
        const item = items[index];
        body.querySelectorAll('[data-testid=ranking-item]')
            .forEach((li, i) => li.classList.toggle('selected', i === index));
        fill($('ranking-evidence'), evidenceList(item.evidence,
            el('p', { testid: 'evidence-for' }, hospitalLink(item.hospital), ` · ${item.year} · `,
                el('strong', {}, figure(item.value, item.qualifier, item.unit)))));
    };
    const shown = items.slice(0, MAX_BARS);
    const barLabel = (i) => `${QUALIFIERS[shown[i].qualifier] || ''}${num(shown[i].value)} · ${shown[i].year}`;
    fill(body);
    const bars = chart(body, {
        grid: { left: 8, right: 96, top: 24, bottom: 8, containLabel: true },
        tooltip: { renderMode: 'richText', formatter: (p) => `${p.name}\n${barLabel(p.dataIndex)}` },
        xAxis: {
            type: 'value', name: UNITS[indicator?.unit] || '', splitNumber: body.clientWidth < 600 ? 3 : 5,
            axisLabel: { formatter: num, hideOverlap: true },
        },
        yAxis: {
            type: 'category', inverse: true, data: shown.map((i) => i.hospital.name),
            axisLabel: { width: 150, overflow: 'truncate' },
        },
        series: [{
            type: 'bar', barMaxWidth: 28, selectedMode: 'single',
            select: { itemStyle: { borderColor: '#111', borderWidth: 2 } },
            // exact figures dark, approximate or bounded (≈ ≤ ≥) light
            data: shown.map((i) =>
                ({ value: i.value, itemStyle: { color: i.qualifier === 'exact' ? '#2f6fb0' : '#8fb3da' } })),
            label: { show: true, position: 'right', formatter: (p) => barLabel(p.dataIndex) },
        }],
    }, 'ranking-chart', Math.max(160, shown.length * 44 + 50));
    bars.on('click', (p) => select(p.dataIndex));
    body.append(
        el('p', { class: 'note' },
            '浅色：约数或上下限（≈ ≤ ≥） · Light bars: approximate or bounded figures',
            items.length > shown.length ? ` · 图中显示前 ${MAX_BARS} 名 · the chart shows the top ${MAX_BARS}` : ''),
        el('ol', { class: 'ranking', testid: 'ranking-list' }, items.map((item, index) => el('li',
            { testid: 'ranking-item', 'data-slug': item.hospital.slug, 'data-value': item.value, 'data-year': item.year },
            el('span', { class: 'rank' }, item.rank),
            el('button', { type: 'button', class: 'link', onclick: () => select(index) }, item.hospital.name),
            el('span', { class: 'value' }, figure(item.value, item.qualifier, item.unit)),
            el('span', { class: 'year' }, item.year)))));
}

// ---- Compare (matrix) -------------------------------------------------------------------------

function checklist(container, entries, checked) {
    const first = (entry) => (checked.includes(entry[0]) ? 0 : 1);
    container.replaceChildren(...[...entries].sort((a, b) => first(a) - first(b)).map(([value, text]) =>
        el('label', {}, el('input', { type: 'checkbox', value, checked: checked.includes(value) }), text)));
}

const checkedValues = (container) => [...container.querySelectorAll('input:checked')].map((i) => i.value);
const listParam = (params, name, fallback) =>
    (params.has(name) ? params.get(name).split(',').filter(Boolean) : fallback());

async function showCompare(params) {
    // by default the six most common indicators and the four hospitals with figures for most of them
    const indicators = listParam(params, 'indicators', () => mostCovered().slice(0, 6));
    const hospitals = listParam(params, 'hospitals', () => bestCovered(indicators).slice(0, 4));
    const year = params.get('year') || 'latest';
    checklist($('compare-hospitals'), catalogue.hospitals.map((h) => [h.slug, h.name]), hospitals);
    checklist($('compare-indicators'), catalogue.indicators.map((i) => [i.code, indicatorName(i)]), indicators);
    const years = catalogue.years.map((y) => [String(y), String(y)]);
    setOptions($('compare-year'), [['latest', '最新 · Latest'], ...years], year);
    const body = $('compare-body');
    const evidence = $('compare-evidence');
    const csv = $('compare-csv');
    fill(evidence);
    csv.hidden = true;
    if (hospitals.length === 0 || indicators.length === 0) {
        fill(body, empty('请至少选择一家医院和一个指标 · Choose at least one hospital and one indicator'));
        return;
    }

    const query = { hospitals: hospitals.join(','), indicators: indicators.join(','), year };
    const matrix = await api('/compare/matrix', query);
    // the API's own CSV, so the download is exactly what the table shows
    csv.href = `${API}/compare/matrix?${new URLSearchParams({ ...query, format: 'csv' })}`;
    csv.download = 'hospital-atlas-compare.csv';
    csv.hidden = false;
    const cell = (row, i) => {
        const v = row.values[i.code];
        if (!v || v.value == null) return el('td', { class: 'missing', title: '无数据 · no value' }, '—');
        const value = figure(v.value, v.qualifier, v.unit);
        const show = () => fill(evidence, evidenceList(v.evidence,
            el('h3', {}, `${row.hospital.name} · ${indicatorName(i)} · ${v.year}: ${value}`)));
        return el('td', {},
            el('button', { type: 'button', class: 'link', testid: 'compare-cell', 'data-value': v.value, onclick: show },
                value),
            el('span', { class: 'year' }, v.year));
    };
    fill(body, el('div', { class: 'scroll' }, el('table', { testid: 'compare-table' },
        el('thead', {}, el('tr', {},
            el('th', {}, ...bilingual('医院', 'Hospital')),
            matrix.indicators.map((i) =>
                el('th', {}, i.nameZh, el('span', { class: 'en' }, ` ${i.nameEn || ''} (${unitLabel(i.unit)})`))))),
        el('tbody', {}, matrix.rows.map((row) => el('tr', {},
            el('th', { scope: 'row' }, hospitalLink(row.hospital)),
            matrix.indicators.map((i) => cell(row, i))))))));
}

// ---- Hospital page ----------------------------------------------------------------------------

function trendChart(container, series, code) {
    const indicator = series.indicators.find((i) => i.code === code);
    const rows = series.rows.filter((r) => r.indicator === code && r.value != null);
    const byYear = new Map(rows.map((r) => [r.year, r]));
    const axis = [];
    for (let y = Math.min(...byYear.keys()); y <= Math.max(...byYear.keys()); y++) axis.push(y);
    const pointLabel = (i) => `${QUALIFIERS[byYear.get(axis[i])?.qualifier] || ''}${num(byYear.get(axis[i])?.value)}`;
    chart(container, {
        grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
        tooltip: { trigger: 'axis', renderMode: 'richText' },
        xAxis: { type: 'category', data: axis.map(String) },
        yAxis: { type: 'value', name: unitLabel(indicator?.unit), axisLabel: { formatter: num } },
        series: [{
            type: 'line', name: indicator?.nameZh, connectNulls: true, symbolSize: 9,
            data: axis.map((y) => byYear.get(y)?.value ?? null),
            label: { show: true, formatter: (p) => pointLabel(p.dataIndex) },
        }],
    }, 'trend-chart');
    if (axis.length === 1) {
        container.append(
            el('p', { class: 'note' }, `只有 ${axis[0]} 年的数据 · Only ${axis[0]} has a value so far`));
    }
}

function trendCard(series) {
    const card = el('div', { class: 'card', testid: 'trends' },
        el('h3', {}, ...bilingual('指标趋势', 'Indicator trends')));
    const charted = series.indicators.filter((i) => series.rows.some((r) => r.indicator === i.code && r.value != null));
    if (charted.length === 0) {
        card.append(empty('该医院还没有指标数据 · No indicator figures for this hospital yet'));
        return { card, draw: () => {} };
    }
    const holder = el('div');
    const draw = () => { fill(holder); trendChart(holder, series, picker.value); };
    const picker = el('select', { testid: 'trend-select', 'aria-label': '指标 · Indicator', onchange: draw },
        charted.map((i) => el('option', { value: i.code }, indicatorName(i))));
    const evidence = el('div', { testid: 'trend-evidence' });
    const quotes = (r) => [...(r.evidence || []), ...(r.statedYoyEvidence ? [].concat(r.statedYoyEvidence) : [])];
    const headings =
        ['指标 Indicator', '年份 Year', '数值 Value', '同比(计算) YoY computed', '同比(原文) YoY stated', ''];
    card.append(picker, holder, el('div', { class: 'scroll' }, el('table', { testid: 'trend-table' },
        el('thead', {}, el('tr', {}, headings.map((t) => el('th', {}, t)))),
        el('tbody', {}, series.rows.map((r) => el('tr', {},
            el('td', {}, nameOf(r.indicator)),
            el('td', {}, r.year),
            el('td', {}, figure(r.value, r.qualifier, r.unit)),
            el('td', {}, pct(r.computedYoyChangePct)),
            el('td', {}, pct(r.statedYoyChangePct)),
            el('td', {}, el('button',
                { type: 'button', class: 'link', onclick: () => fill(evidence, evidenceList(quotes(r))) },
                '原文 · Quote'))))))),
    evidence);
    return { card, draw };
}

async function showHospital(slug) {
    const withData = new Set(catalogue.cells.map((c) => c.hospital.slug));
    slug = slug || bestCovered()[0] || catalogue.hospitals[0]?.slug;
    setOptions($('hospital-select'), catalogue.hospitals.map((h) =>
        [h.slug, withData.has(h.slug) ? h.name : `${h.name}（无指标 · no figures）`]), slug);
    const body = $('hospital-body');
    if (!slug) {
        fill(body, empty('还没有医院 · No hospitals yet'));
        return;
    }
    const path = `/hospitals/${encodeURIComponent(slug)}`;
    const [profile, series] = await Promise.all([api(`${path}/profile`), api(`${path}/indicators`)]);
    const h = profile.hospital;
    const founded = h.foundedYear && `始建于 founded ${h.foundedYear}`;
    const facts = [h.province, h.city, h.district, h.level, h.category, founded];
    const trends = trendCard(series);
    const byYear = (a, b) => (a.year ?? 9999) - (b.year ?? 9999);

    const pilots = el('div', { class: 'card' }, el('h3', {}, ...bilingual('改革试点', 'Reform pilots')),
        profile.pilots.length === 0
            ? empty('没有入选改革试点的记录 · Not named to any reform pilot in the documents')
            : el('ol', { class: 'timeline', testid: 'hospital-pilots' }, [...profile.pilots].sort(byYear).map((p) =>
                el('li', {}, el('span', { class: 'when' }, p.year ?? '年份不详 · year unknown'),
                    el('div', {}, el('strong', {}, p.designation),
                        el('div', { class: 'muted' },
                            `${label(PILOT_LEVELS, p.level)} · ${label(PILOT_CATEGORIES, p.category)}`),
                        el('details', {}, el('summary', {}, '原文 · Quote'), evidenceList([p.evidence])))))));

    const consortia = el('div', { class: 'card' }, el('h3', {}, ...bilingual('医联体', 'Consortia')),
        profile.consortia.length === 0
            ? empty('不属于任何医联体 · Not a member of any consortium in the documents')
            : el('ul', { class: 'plain', testid: 'hospital-consortia' }, profile.consortia.map((c) => el('li', {},
                el('a', { href: `#/consortia?focus=${encodeURIComponent(c.slug)}` }, c.name),
                roleChip(c.role),
                el('span', { class: 'muted' }, label(CONSORTIUM_TYPES, c.type))))));

    const documents = el('div', { class: 'card' }, el('h3', {}, ...bilingual('来源文件', 'Documents')),
        el('ul', { class: 'plain' }, profile.documents.map((d) => el('li', {},
            el('a', { href: `#/document/${encodeURIComponent(d.slug)}` }, d.title || d.slug),
            d.publishedOn ? ` · ${d.publishedOn}` : ''))));

    fill(body,
        el('div', { class: 'card' },
            el('h2', { testid: 'hospital-name' }, h.name),
            h.aliases?.length ? el('p', {}, `简称 · Also called: ${h.aliases.join('、')}`) : null,
            el('p', { class: 'muted' }, facts.filter(Boolean).join(' · '))),
        el('div', { class: 'grid2' }, trends.card, el('div', {}, pilots, consortia, documents)));
    trends.draw(); // once the card is in the page, so the chart has a size
}

// ---- Consortia --------------------------------------------------------------------------------

/** Lead (or output hospital) → every other member, nodes coloured by role. */
function consortiumGraph(container, details) {
    const members = details.members;
    const hub = details.lead?.slug
        || members.find((m) => m.role === 'lead' || m.role === 'output_hospital')?.hospital.slug;
    const nodes = [];
    for (const m of members) {
        if (nodes.some((n) => n.id === m.hospital.slug)) continue;
        nodes.push({ id: m.hospital.slug, name: m.hospital.name, category: Object.keys(ROLES).indexOf(m.role) });
    }
    const others = nodes.filter((n) => n.id !== hub);
    // The hub in the middle, the others on a ring around it (side by side when there are two), in a
    // fixed frame so that every card has the same scale.
    const pair = others.length === 1;
    nodes.forEach((n) => {
        const i = others.indexOf(n);
        const angle = (2 * Math.PI * i) / Math.max(others.length, 1) - Math.PI / 2;
        const at = i < 0 ? [pair ? -0.8 : 0, 0] : pair ? [0.8, 0] : [Math.cos(angle), Math.sin(angle)];
        Object.assign(n, { value: at, symbolSize: i < 0 ? 26 : 16 });
    });
    const hidden = (min, max) => ({ show: false, min, max });
    chart(container, {
        legend: {
            top: 0, textStyle: { fontSize: 11 }, data: [...new Set(members.map((m) => ROLES[m.role]?.[0] || m.role))],
        },
        tooltip: { renderMode: 'richText', formatter: (p) => (p.dataType === 'node' ? p.name : '') },
        grid: { top: 40, bottom: 36, left: 60, right: 60 },
        xAxis: hidden(-1.25, 1.25),
        yAxis: hidden(-1.2, 1.2),
        series: [{
            type: 'graph', coordinateSystem: 'cartesian2d', roam: false,
            categories: Object.values(ROLES).map(([name, color]) => ({ name, itemStyle: { color } })),
            label: { show: true, position: 'bottom', fontSize: 11, width: 120, overflow: 'break' },
            edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 8, lineStyle: { color: '#999', width: 1.5 },
            data: nodes,
            links: hub ? others.map((n) => ({ source: hub, target: n.id })) : [],
        }],
    }, 'consortium-graph');
}

async function showConsortia(params) {
    // the consortia with the most members first
    const list = await api('/consortia', { size: 50, sort: 'members' });
    const body = $('consortia-body');
    if (list.items.length === 0) {
        fill(body, empty('还没有医联体记录 · No consortia in the documents yet'));
        return;
    }
    const details = await Promise.all(list.items.map((c) => api(`/consortia/${encodeURIComponent(c.slug)}`)));
    const focus = params.get('focus');
    // 2021, 2021-06 or 2021-12-29: as precise as the document
    const established = (d) => (d.establishedOn
        ? ` · 成立 established ${d.establishedOn.slice(0, { year: 4, month: 7 }[d.establishedPrecision] || 10)}`
        : '');
    fill(body);
    for (const d of details) {
        const card = el('article',
            { class: d.slug === focus ? 'card focus' : 'card', testid: 'consortium-card', 'data-slug': d.slug },
            el('h3', {}, d.name),
            el('p', { class: 'muted' }, label(CONSORTIUM_TYPES, d.type), established(d)));
        body.append(card);
        consortiumGraph(card, d);
        card.append(
            el('ul', { class: 'plain members' },
                d.members.map((m) => el('li', {}, roleChip(m.role), hospitalLink(m.hospital)))),
            el('details', {}, el('summary', {}, '原文 · Quote'), evidenceList([d.evidence])));
    }
    if (list.totalItems > list.items.length) {
        const shown = list.items.length;
        body.append(el('p', { class: 'note' },
            `显示前 ${shown} 个，共 ${list.totalItems} 个 · the first ${shown} of ${list.totalItems}`));
    }
    body.querySelector('.focus')?.scrollIntoView({ block: 'start' });
}

// ---- Reform-pilot timeline --------------------------------------------------------------------

async function showPilots(params) {
    const category = params.get('category') || '';
    const level = params.get('level') || '';
    setOptions($('pilots-category'), [['', '全部 · All'], ...Object.entries(PILOT_CATEGORIES)], category);
    setOptions($('pilots-level'), [['', '全部 · All'], ...Object.entries(PILOT_LEVELS)], level);
    const timeline = await api('/reform-pilots/timeline', { category, level });
    const body = $('pilots-body');
    if (timeline.rows.length === 0) {
        fill(body, empty('所选条件下没有改革试点 · No reform pilots match these filters'));
        return;
    }
    const yearOf = (r) => (r.year == null ? '年份不详' : String(r.year));
    const years = [...new Set(timeline.rows.map(yearOf))];
    const categories = [...new Set(timeline.rows.map((r) => r.category))];
    const narrow = body.clientWidth < 600;
    const tooltip = (r) =>
        `${yearOf(r)} · ${label(PILOT_CATEGORIES, r.category)}\n${r.hospitals.map((h) => h.name).join('\n')}`;
    fill(body);
    // one bubble per year and category, sized by how many hospitals were named
    chart(body, {
        grid: { left: 24, right: 24, top: 16, bottom: 8, containLabel: true },
        tooltip: { renderMode: 'richText', formatter: (p) => tooltip(timeline.rows[p.dataIndex]) },
        xAxis: { type: 'category', data: years, splitLine: { show: true } },
        yAxis: {
            type: 'category',
            data: categories.map((k) => label(PILOT_CATEGORIES, k).replace(' · ', '\n')),
            axisLabel: { lineHeight: 15, formatter: (v) => (narrow ? v.split('\n')[0] : v) },
        },
        series: [{
            type: 'scatter', itemStyle: { color: '#2f6fb0' },
            symbolSize: (v) => 12 + 6 * Math.sqrt(v[2]),
            data: timeline.rows.map((r) => [years.indexOf(yearOf(r)), categories.indexOf(r.category), r.hospitalCount]),
            label: { show: true, formatter: (p) => String(p.value[2]), color: '#fff', fontSize: 10 },
        }],
    }, 'pilots-chart', Math.max(220, categories.length * 42 + 60));
    body.append(el('ol', { class: 'timeline', testid: 'pilot-timeline' }, timeline.rows.map((r) =>
        el('li', {}, el('span', { class: 'when' }, yearOf(r)),
            el('div', {}, el('strong', {}, label(PILOT_CATEGORIES, r.category)),
                el('ul', { class: 'plain' }, r.hospitals.map((h) => el('li', {},
                    hospitalLink(h), ` — ${h.designation} `,
                    el('span', { class: 'muted' }, label(PILOT_LEVELS, h.level))))))))));
}

// ---- Routing ----------------------------------------------------------------------------------

const VIEWS = {
    ranking: (arg, params) => showRanking(params),
    compare: (arg, params) => showCompare(params),
    hospital: (arg) => showHospital(arg),
    consortia: (arg, params) => showConsortia(params),
    pilots: (arg, params) => showPilots(params),
    document: (arg, params) => showDocument(arg, params),
};

/** Routes #/view/arg?params to its view; the hash keeps every choice, so any view can be linked to. */
async function route() {
    const [path, query = ''] = location.hash.replace(/^#\/?/, '').split('?');
    const [name, ...rest] = path.split('/');
    const view = VIEWS[name] ? name : 'ranking';
    const arg = rest.length ? decodeURIComponent(rest.join('/')) : '';
    document.querySelectorAll('.view').forEach((v) => { v.hidden = v.id !== `view-${view}`; });
    document.querySelectorAll('nav a').forEach((a) => a.toggleAttribute('aria-current', a.dataset.view === view));
    const status = $('status');
    document.body.dataset.state = 'loading';
    try {
        await VIEWS[view](arg, new URLSearchParams(query));
        status.hidden = true;
        document.body.dataset.state = 'ready';
    } catch (error) {
        status.textContent = `出错了 · Something went wrong: ${error.message}`;
        status.hidden = false;
        document.body.dataset.state = 'error';
    }
    // counts finished renders, so that a test can wait for the one its action started
    document.body.dataset.renders = String(Number(document.body.dataset.renders || 0) + 1);
}

function go(view, params) {
    const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v != null));
    location.hash = `#/${view}${query.size ? `?${query}` : ''}`;
}

const rankingChoice = () => ({ indicator: $('ranking-indicator').value, year: $('ranking-year').value });
const pilotChoice = () => ({ category: $('pilots-category').value, level: $('pilots-level').value });
$('ranking-indicator').addEventListener('change', () => go('ranking', rankingChoice()));
$('ranking-year').addEventListener('change', () => go('ranking', rankingChoice()));
$('pilots-category').addEventListener('change', () => go('pilots', pilotChoice()));
$('pilots-level').addEventListener('change', () => go('pilots', pilotChoice()));
$('hospital-select').addEventListener('change', (e) => {
    location.hash = `#/hospital/${encodeURIComponent(e.target.value)}`;
});
$('compare-filter').addEventListener('input', (e) => {
    const text = e.target.value.trim();
    $('compare-hospitals').querySelectorAll('label').forEach((l) => {
        l.hidden = text !== '' && !l.textContent.includes(text);
    });
});
$('compare-go').addEventListener('click', () => go('compare', {
    hospitals: checkedValues($('compare-hospitals')).join(','),
    indicators: checkedValues($('compare-indicators')).join(','),
    year: $('compare-year').value,
}));
$('api-key').value = apiKey();
// a key entered (or cleared) shows or hides the review buttons at once: the current view is drawn again
$('api-key').addEventListener('change', (e) => {
    const key = e.target.value.trim();
    if (key) sessionStorage.setItem(KEY_STORAGE, key);
    else sessionStorage.removeItem(KEY_STORAGE);
    route();
});
window.addEventListener('hashchange', route);

loadCatalogue().then(route, (error) => {
    const status = $('status');
    status.textContent = `无法加载数据 · Could not load the data: ${error.message}`;
    status.hidden = false;
    document.body.dataset.state = 'error';
});

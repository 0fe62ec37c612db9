#!/usr/bin/env node
// Turns the provision catalogue (shared/legal/catalogue.md, a copy of the
// lawyers' markdown) into shared/legal/catalogue-data.ts. Run it again after
// the markdown changes: `node scripts/generate-catalogue.mjs`. The output is
// committed so the app never parses markdown at run time.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const source = resolve(root, process.argv[2] ?? 'shared/legal/catalogue.md');
const target = resolve(root, 'shared/legal/catalogue-data.ts');
const lines = readFileSync(source, 'utf8').split('\n');

function cells(line) {
  return line.trim().replace(/^\|/, '').replace(/\|$/, '').split(' | ').map((c) => c.trim());
}
function tableRows(sectionHeading) {
  const start = lines.findIndex((l) => l.startsWith(sectionHeading));
  if (start < 0) throw new Error(`No section "${sectionHeading}"`);
  const rows = [];
  for (let i = start + 1; i < lines.length && !lines[i].startsWith('## '); i++) {
    if (/^\| [A-Z]{1,2}\d+ \|/.test(lines[i])) rows.push(cells(lines[i]));
  }
  return rows;
}

/** The worst level a verification note admits to: never more certainty than the row gives. */
function markOf(note) {
  if (/UNVERIFIED|UNCERTAIN/.test(note)) return 'UNVERIFIED';
  if (/(^|[^A-Za-z])P([^A-Za-z]|$)/.test(note)) return 'P';
  if (/^V\b/.test(note)) return 'V';
  throw new Error(`Unreadable verification mark: ${note}`);
}

// A caveat written into another cell ("'L 277, p. 1' UNVERIFIED", "from memory only (P)").
function caveatIn(text) {
  return /UNVERIFIED|\(P\)|; P\)|from memory/.test(text);
}

const jurisdictionOf = (id) => (id.startsWith('AU') ? 'AU' : id[0] === 'E' ? 'ES' : id[0] === 'U' ? 'UK' : 'EU');

// §5 "Standard citation formats": EU "Art. 17 GDPR" / "Art. 5 of Directive (EU) 2024/1385"; Spain "art. 189.1 CP";
// UK OSCOLA "Online Safety Act 2023, s 10"; Australia AGLC4 "Online Safety Act 2021 (Cth) s 63D".
function shortCitation(id, article) {
  const art = article.replace(/\s*\(incl\..*\)$/, '').replace(/\s*\(séptimo\)$/, '');
  if (id.startsWith('G')) return `Art. ${art} GDPR`;
  if (id.startsWith('D')) return `Art. ${art} DSA`;
  if (id.startsWith('A') && !id.startsWith('AU')) return `Art. ${art} AI Act`;
  if (id.startsWith('C')) return `Art. ${art} of Directive 2011/93/EU`;
  if (id.startsWith('W')) return `Art. ${art} of Directive (EU) 2024/1385`;
  if (id.startsWith('E')) {
    const n = Number(id.slice(1));
    const law = n <= 8 ? 'CP' : n <= 12 ? 'LOPDGDD' : n <= 16 ? 'LOPIVI' : n === 17 ? 'LSSI' : n === 18 ? 'LO 1/1982' : 'LOPJM';
    return `art. ${art} ${law}`;
  }
  const uk = {
    U1: 'Online Safety Act 2023, s 9', U2: 'Online Safety Act 2023, s 10', U3: 'Online Safety Act 2023, s 11',
    U4: 'Online Safety Act 2023, s 12', U5: 'Sexual Offences Act 2003, s 66B', U6: 'Sexual Offences Act 2003, s 66A',
    U7: 'Online Safety Act 2023, sch 13', U8: 'Data (Use and Access) Act 2025, s 138',
    AU1: 'Online Safety Amendment (Social Media Minimum Age) Act 2024 (Cth) s 2, sch 1',
    AU2: 'Online Safety Act 2021 (Cth) s 63C', AU3: 'Online Safety Act 2021 (Cth) s 63D',
    AU4: 'Online Safety (Age-Restricted Social Media Platforms) Rules 2025 (Cth) s 5',
  };
  if (uk[id]) return uk[id];
  throw new Error(`No citation format for ${id}`);
}

// The instrument a row belongs to, one name per instrument (the markdown writes "Digital Services Act" once, then "DSA").
function instrumentGroup(id) {
  const fixed = {
    U5: 'Sexual Offences Act 2003', U6: 'Sexual Offences Act 2003', U8: 'Data (Use and Access) Act 2025',
    AU1: 'Online Safety Amendment (Social Media Minimum Age) Act 2024 (Cth)', AU2: 'Online Safety Act 2021 (Cth)',
    AU3: 'Online Safety Act 2021 (Cth)', AU4: 'Online Safety (Age-Restricted Social Media Platforms) Rules 2025 (Cth)',
  };
  if (fixed[id]) return fixed[id];
  if (id.startsWith('U')) return 'Online Safety Act 2023';
  if (id.startsWith('G')) return 'GDPR — Regulation (EU) 2016/679';
  if (id.startsWith('D')) return 'DSA — Regulation (EU) 2022/2065';
  if (id.startsWith('A')) return 'AI Act — Regulation (EU) 2024/1689';
  if (id.startsWith('C')) return 'Directive 2011/93/EU';
  if (id.startsWith('W')) return 'Directive (EU) 2024/1385';
  const n = Number(id.slice(1));
  return n <= 8 ? 'Código Penal — LO 10/1995' : n <= 12 ? 'LOPDGDD — LO 3/2018' : n <= 16 ? 'LOPIVI — LO 8/2021'
    : n === 17 ? 'LSSI — Ley 34/2002' : n === 18 ? 'LO 1/1982' : 'LOPJM — LO 1/1996';
}

// Spanish rows: the official heading is Spanish (or absent, for the Código Penal); the English is unofficial.
function headingOf(id, titleCell, previousLocation) {
  if (jurisdictionOf(id) !== 'ES') {
    const notSeen = /^\(.*not seen\)$/.test(titleCell);
    return { officialTitle: notSeen ? null : titleCell, location: null, unofficialEnglish: null, titleNote: notSeen ? titleCell.slice(1, -1) : null };
  }
  if (/^\(no heading; same chapter\)$/.test(titleCell)) {
    return { officialTitle: null, location: previousLocation, unofficialEnglish: null, titleNote: 'No official heading; same chapter as the row above.' };
  }
  const none = /^No (official )?(article )?heading\.\s*(Location:\s*)?/.exec(titleCell);
  if (none) {
    const rest = titleCell.slice(none[0].length);
    const [where, english] = rest.split(/\s*EN \(unofficial\):\s*/);
    return {
      officialTitle: null, location: where ? where.replace(/\.$/, '') : null,
      unofficialEnglish: english ? english.replace(/\.$/, '') : null, titleNote: 'No official article heading.',
    };
  }
  const [es, en] = titleCell.split(' / ');
  return { officialTitle: es, location: null, unofficialEnglish: en ? en.replace(/\s*\(unofficial EN\)$/, '') : null, titleNote: null };
}

const provisions = [];
let citation = '', url = '', location = null;
for (const [id, instrument, cite, article, title, description, link, verified] of tableRows('## 1. Main catalogue')) {
  if (cite !== 'idem') citation = cite;
  if (link !== 'idem') url = link;
  const heading = headingOf(id, title, location);
  if (heading.location) location = heading.location;
  provisions.push({
    id, jurisdiction: jurisdictionOf(id), instrument: instrumentGroup(id), officialCitation: citation, article, ...heading, description,
    url: url.split(' ')[0], consolidatedUrl: /consolidated: (\S+)\)/.exec(url)?.[1] ?? null,
    shortCitation: shortCitation(id, article), mark: markOf(verified), verificationNote: verified,
    hasCaveatElsewhere: caveatIn(cite) || caveatIn(description) || caveatIn(title),
  });
}

const DRAFT_SHORT = {
  P1: 'Proyecto de LO protección de menores en entornos digitales (121/000052)',
  P2: 'Anteproyecto de LO de protección civil del honor, intimidad y propia imagen',
  P3: 'Spanish Government package of 3.2.2026',
  P4: 'Digital Omnibus on AI (proposal)',
  P5: 'Recast Child Sexual Abuse Directive (2024/0035(COD))',
  P6: 'Extension of Reg. (EU) 2021/1232 (2025/0429(COD))',
};
const drafts = tableRows('## 3. Draft or pending law').map(([id, item, status, verified]) => ({
  id, title: item.replace(/\*\*/g, ''), status: status.replace(/\*\*/g, ''), shortCitation: DRAFT_SHORT[id],
  mark: markOf(verified), verificationNote: verified,
}));

const out = `// Generated by scripts/generate-catalogue.mjs from shared/legal/catalogue.md. Do not edit by hand.
import type { CatalogueDraft, CatalogueProvision } from './catalogue-types';

export const catalogueProvisions: readonly CatalogueProvision[] = ${JSON.stringify(provisions, null, 2)};

export const catalogueDrafts: readonly CatalogueDraft[] = ${JSON.stringify(drafts, null, 2)};
`;
writeFileSync(target, out);
console.log(`${provisions.length} provisions and ${drafts.length} drafts written to ${target}`);

import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogueAuthorityId, catalogueDrafts, catalogueEntry, catalogueProvisions, needsVerification } from '@shared/legal/catalogue';

const repoCopy = resolve(__dirname, '../../shared/legal/catalogue.md');
const markdown = readFileSync(repoCopy, 'utf8');

// Read the markdown here by its own means, not with the generator: the test must be able to catch the generator.
function rowsOf(heading: string): string[][] {
  const section = markdown.split('\n## ').find((s) => s.startsWith(heading))!;
  return section.split('\n').filter((l) => /^\| [A-Z]{1,2}\d+ \|/.test(l)).map((l) => l.split(' | ').map((c) => c.replace(/^\| |\s*\|$/g, '').trim()));
}

describe('the built-in provision catalogue', () => {
  it('has every row of §1 with its verification note, and never a firmer mark than the note', () => {
    const rows = rowsOf('1. Main catalogue');
    expect(rows.length).toBe(64);
    expect(catalogueProvisions.map((p) => p.id)).toEqual(rows.map((r) => r[0]));
    for (const row of rows) {
      const p = catalogueProvisions.find((x) => x.id === row[0])!;
      const note = row[7]!;
      expect(p.verificationNote).toBe(note);
      if (/UNVERIFIED/.test(note)) expect(p.mark).toBe('UNVERIFIED');
      else if (/(^|\W)P(\W|$)/.test(note)) expect(p.mark).toBe('P');
      else expect(p.mark).toBe('V');
    }
  });

  it('has every draft of §3, each one flagged as needing verification', () => {
    const rows = rowsOf('3. Draft or pending law');
    expect(catalogueDrafts.map((d) => d.id)).toEqual(['P1', 'P2', 'P3', 'P4', 'P5', 'P6']);
    expect(catalogueDrafts.map((d) => d.verificationNote)).toEqual(rows.map((r) => r[3]));
    for (const d of catalogueDrafts) expect(needsVerification(catalogueEntry(catalogueAuthorityId(d.id))!)).toBe(true);
  });

  it('gives the short citations of §5', () => {
    const short = (id: string) => catalogueProvisions.find((p) => p.id === id)!.shortCitation;
    expect(short('E1')).toBe('art. 189.1 CP');
    expect(short('E5')).toBe('art. 189 ter CP');
    expect(short('E7')).toBe('art. 197 quinquies CP');
    expect(short('E9')).toBe('art. 7 LOPDGDD');
    expect(short('G5')).toBe('Art. 17 GDPR');
    expect(short('D1')).toBe('Art. 6 DSA');
    expect(short('A1')).toBe('Art. 3(60) AI Act');
    expect(short('W1')).toBe('Art. 5 of Directive (EU) 2024/1385');
    expect(short('U2')).toBe('Online Safety Act 2023, s 10');
    expect(short('AU3')).toBe('Online Safety Act 2021 (Cth) s 63D');
  });

  it('invents no heading for the Código Penal: it gives the Título/Capítulo location instead', () => {
    for (const id of ['E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7', 'E8']) {
      const p = catalogueProvisions.find((x) => x.id === id)!;
      expect(p.officialTitle).toBeNull();
      expect(p.location).toMatch(/Tít\. (VII|VIII|X) '/);
    }
    const e9 = catalogueProvisions.find((x) => x.id === 'E9')!;
    expect(e9).toMatchObject({ officialTitle: 'Consentimiento de los menores de edad', unofficialEnglish: 'Consent of minors' });
  });

  it('marks P rows and rows with a caveat in another cell as needing verification, V rows not', () => {
    const entry = (id: string) => catalogueEntry(catalogueAuthorityId(id))!;
    expect(needsVerification(entry('G3'))).toBe(false);
    expect(needsVerification(entry('D9'))).toBe(true); // P
    expect(needsVerification(entry('D1'))).toBe(true); // OJ page UNVERIFIED in the citation cell
    expect(catalogueEntry('G3')).toBeUndefined(); // a bare row id is not an authority id
  });

  it('is generated from the same markdown the lawyers keep in shared/legal', () => {
    const upstream = resolve(__dirname, '../../../shared/legal/catalogue.md');
    if (!existsSync(upstream)) return; // only the repository copy exists outside the team's workspace
    expect(markdown).toBe(readFileSync(upstream, 'utf8'));
  });
});

import { describe, expect, test } from 'vitest';
import { buildFilingModel, type FilingDocument, type FilingOptions } from '../../shared/filing';
import type { CaseSnapshot } from '../../shared/bundle/snapshot';
import { NAMES } from '../fixtures/bundle/sample-case';
import { sampleFilingCase } from '../fixtures/filing/sample-filing';

/** A paragraph as a reader sees it: citations in their text, note marks as ^n. */
const plain = (doc: FilingDocument) => doc.blocks.map((b) => b.kind === 'heading'
  ? `# ${b.text}`
  : `${b.number ?? '-'} ${b.inlines.map((i) => (i.kind === 'text' ? i.text : `${i.text}${i.footnote ? `^${i.footnote}` : ''}`)).join('')}`);

const everything = (doc: FilingDocument) => JSON.stringify({ ...doc, options: undefined });

async function build(over: Partial<FilingOptions> = {}, edit: (s: CaseSnapshot) => CaseSnapshot = (s) => s) {
  const { snapshot, options } = await sampleFilingCase();
  return buildFilingModel(edit(snapshot), { ...options, ...over });
}

describe('filing model', () => {
  test('numbers the paragraphs of facts and grounds in one run and keeps the introduction and relief unnumbered', async () => {
    const doc = await build();
    const numbers = doc.blocks.flatMap((b) => (b.kind === 'paragraph' && b.number !== null ? [b.number] : []));
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    expect(plain(doc)).toEqual(expect.arrayContaining(['# Facts', '# Legal grounds', '# I. X is liable for dissemination of the deepfake', '# II. X failed to act on the notice', '# Relief sought']));
    const intro = doc.blocks[0]!;
    expect(intro.kind === 'paragraph' && intro.number).toBe(null);
  });

  test('the facts section holds the facts the grounds rely on, in date order, and citations of a fact point at its paragraph', async () => {
    const doc = await build({ citationStyle: 'inline' });
    const lines = plain(doc);
    expect(lines[2]).toMatch(/^1 3 Feb 2026: Grok generates/);
    expect(lines[3]).toMatch(/^2 5 Feb 2026: X replies/);
    expect(lines.join('\n')).not.toContain('opens an account');
    expect(lines.join('\n')).toContain('published on X (see para 1 above).');
    expect(lines.join('\n')).toContain('X was told (see para 2 above) and did nothing.');
  });

  test('protected parties appear only by pseudonym, aliases included, in every string of the document', async () => {
    const doc = await build({ partyIds: ['p-c', 'p-v', 'p-x', 'p-w', 'p-e'] });
    const all = everything(doc);
    for (const leak of [NAMES.victim, 'Łukasz', 'Żółć', '@lukasz_z']) expect(all).not.toContain(leak);
    expect(doc.parties).toContainEqual({ role: 'Victim', name: 'V-1' });
    expect(doc.parties.map((p) => p.name)).toEqual(expect.arrayContaining([NAMES.witness, NAMES.expert]));
  });

  test('footnote style: exhibits and facts leave a mark, authorities keep their short form, repeats refer back', async () => {
    const doc = await build({ citationStyle: 'footnotes' });
    const lines = plain(doc).join('\n');
    expect(lines).toContain('generated on request^5 and published on X^6.');
    expect(lines).toContain('Under art. 189.1 CP^7 the production');
    const note = (n: number) => doc.footnotes[n - 1]!.text;
    expect(note(3)).toMatch(/^art\. 189\.1 CP — .*Ley Orgánica 10\/1995/);
    expect(note(7)).toBe('See n 3.');
    expect(note(6)).toBe('See para 1 above.');
    // Two exhibits cited side by side share one note.
    expect(note(9)).toBe('Exhibit E-0001, “Platform response letter”; Exhibit E-0002, “Screenshot of post naming V-1”.');
    expect(doc.footnotes.map((f) => f.number)).toEqual(doc.footnotes.map((_, i) => i + 1));
  });

  test('inline style: no notes, citations in brackets, neighbours grouped', async () => {
    const doc = await build({ citationStyle: 'inline' });
    expect(doc.footnotes).toEqual([]);
    expect(plain(doc).join('\n')).toContain('X kept the image online (Exhibit E-0001; Exhibit E-0002)');
  });

  test('the table of authorities lists what the printed filing cites, with the paragraphs, and labels draft law', async () => {
    const doc = await build();
    const rows = doc.authorities!.groups.flatMap((g) => g.rows.map((r) => ({ group: g.heading, ...r })));
    expect(rows.find((r) => r.citation === 'art. 189.1 CP')?.paragraphs).toEqual([3, 5]);
    expect(rows.find((r) => r.citation === 'Art. 16 DSA')?.paragraphs).toEqual([6, 7]);
    const draft = rows.find((r) => r.citation.startsWith('Proyecto de LO'))!;
    expect(draft.group).toBe('Other authorities');
    expect(draft.note).toBe('draft — not law');

    const withoutBasis = await build({ includeLegalBasis: false });
    const cited = withoutBasis.authorities!.groups.flatMap((g) => g.rows.map((r) => r.citation));
    expect(cited).not.toContain('Regulation (EU) 2022/2065 (Digital Services Act)');
    expect(plain(withoutBasis).join('\n')).not.toContain('Legal basis');
    expect((await build({ includeTableOfAuthorities: false })).authorities).toBeNull();
  });

  test('warns of partly verified catalogue rows and drafts, never claiming more than the catalogue does', async () => {
    const doc = await build();
    expect(doc.warnings).toContainEqual(expect.objectContaining({ code: 'authority-unverified', message: 'Art. 16 DSA: the catalogue marks it P — verify before filing.' }));
    expect(doc.warnings.some((w) => w.code === 'authority-draft' && w.message.includes('not law in force'))).toBe(true);
    expect(doc.warnings.some((w) => w.message.includes('art. 189.1 CP'))).toBe(false);
  });

  test('a citation of an archived exhibit prints as broken and is reported', async () => {
    const doc = await build({ citationStyle: 'inline' }, (s) => ({ ...s, evidence: s.evidence.map((e) => (e.id === 'ev-2' ? { ...e, archivedAt: '2026-03-01T00:00:00Z' } : e)) }));
    expect(plain(doc).join('\n')).toContain('generated on request [broken citation: E-0002]');
    expect(doc.warnings.some((w) => w.code === 'broken-citation' && w.message.includes('E-0002'))).toBe(true);
  });

  test('a ground without text prints its elements with their support, and says so', async () => {
    const doc = await build({ citationStyle: 'inline' }, (s) => ({ ...s, arguments: s.arguments.map((a) => (a.id === 'a-1' ? { ...a, body: undefined } : a)) }));
    const lines = plain(doc).join('\n');
    expect(lines).toContain('was generated by Grok [E-0002] and X was told [Fact 3]; compare [E-0099]. (Exhibit E-0001, p. 2; see para 1 above)');
    expect(doc.warnings.some((w) => w.code === 'empty-argument')).toBe(true);
  });

  test('links only when the court profile allows them', async () => {
    const off = await build({ citationStyle: 'inline', allowLinks: false });
    expect(everything(off)).not.toMatch(/"href":"[^"]/);
    const on = await build({ citationStyle: 'inline', allowLinks: true });
    const hrefs = on.blocks.flatMap((b) => (b.kind === 'paragraph' ? b.inlines : [])).flatMap((i) => (i.kind === 'citation' && i.href ? [i.href] : []));
    expect(hrefs).toContain('#para-1');
    expect(hrefs.some((h) => h.startsWith('https://www.boe.es') || h.startsWith('http'))).toBe(true);
  });

  test('Spanish: headings, party roles by document kind, the date as courts write it', async () => {
    const doc = await build({ language: 'es', kind: 'denuncia' });
    expect(plain(doc)).toEqual(expect.arrayContaining(['# Hechos', '# Fundamentos de derecho', '# Suplico']));
    expect(doc.title).toBe('Denuncia');
    expect(doc.parties).toContainEqual({ role: 'Denunciado', name: 'X Corp.' });
    expect(doc.closing.placeAndDate).toBe('En Madrid, a 2 de diciembre de 2026');
    expect((await build({ language: 'es', kind: 'complaint' })).parties).toContainEqual({ role: 'Demandado', name: 'X Corp.' });
  });

  test('the suggested file name is pseudonymised and safe on every system', async () => {
    const doc = await build({ title: 'Brief: reply/answer' }, (s) => ({ ...s, case: { ...s.case, shortName: `${NAMES.victim} v X` } }));
    expect(doc.fileName).toBe('Brief- reply-answer - V-1 v X - 2026-12-02');
    expect(doc.metadata.title).not.toContain('Łukasz');
  });

  test('no argument chosen: a warning, and no grounds heading', async () => {
    const doc = await build({ argumentIds: [] });
    expect(doc.warnings.map((w) => w.code)).toContain('no-arguments');
    expect(plain(doc)).not.toContain('# Legal grounds');
  });
});

import { describe, expect, it } from 'vitest';
import type { Authority, LegalArgument, RichTextDoc } from '@shared/domain/types';
import { bodyToParagraphs } from '@shared/legal/body-paragraphs';
import { catalogueAuthorityId } from '@shared/legal/catalogue';
import { resolveCitation, type CitationContext } from '@shared/legal/citation';
import { tableOfAuthorities } from '@shared/legal/table-of-authorities';

const context = (exhibitNo = 'E-0003'): CitationContext => ({
  exhibits: new Map([
    ['ev1', { exhibitNo, title: 'Post by @troll', archivedAt: null }],
    ['ev2', { exhibitNo: 'E-0009', title: 'Withdrawn', archivedAt: '2026-01-01T00:00:00Z' }],
  ]),
  facts: new Map([['f1', { number: 12, text: 'The image was posted.', archivedAt: null }]]),
  authorities: new Map([['a1', { citation: 'Case C-131/12 Google Spain', kind: 'case-law', archivedAt: null, title: 'Google Spain' }]]),
});
const cite = (kind: string, id: string, pinpoint?: string) => ({ type: 'citation', attrs: { kind, id, pinpoint: pinpoint ?? null } });

describe('citation resolution', () => {
  it('shows exhibits, facts and authorities from current data', () => {
    expect(resolveCitation({ kind: 'exhibit', id: 'ev1' }, context()).text).toBe('[E-0003]');
    expect(resolveCitation({ kind: 'exhibit', id: 'ev1', pinpoint: 'p. 4' }, context()).text).toBe('[E-0003] (p. 4)');
    expect(resolveCitation({ kind: 'fact', id: 'f1' }, context()).text).toBe('[Fact 12]');
    expect(resolveCitation({ kind: 'authority', id: catalogueAuthorityId('E1') }, context()).text).toBe('art. 189.1 CP');
    expect(resolveCitation({ kind: 'authority', id: catalogueAuthorityId('G5'), pinpoint: '(1)(f)' }, context()).text).toBe('Art. 17 GDPR, (1)(f)');
    expect(resolveCitation({ kind: 'authority', id: 'a1', pinpoint: 'para 94' }, context()).text).toBe('Case C-131/12 Google Spain, para 94');
  });

  it('follows a renumbered exhibit: the citation stores the id, not the number', () => {
    const ref = { kind: 'exhibit', id: 'ev1' } as const;
    expect(resolveCitation(ref, context('E-0003')).text).toBe('[E-0003]');
    expect(resolveCitation(ref, context('E-0042')).text).toBe('[E-0042]');
  });

  it('reports citations to archived or missing items as broken', () => {
    expect(resolveCitation({ kind: 'exhibit', id: 'ev2' }, context())).toMatchObject({ isBroken: true, reason: 'archived', text: '[E-0009]' });
    expect(resolveCitation({ kind: 'fact', id: 'gone' }, context())).toMatchObject({ isBroken: true, reason: 'missing' });
    expect(resolveCitation({ kind: 'authority', id: 'catalogue:ZZ9' }, context())).toMatchObject({ isBroken: true, reason: 'missing' });
  });

  it('marks a cited draft as a draft', () => {
    expect(resolveCitation({ kind: 'authority', id: catalogueAuthorityId('P1') }, context())).toMatchObject({ isBroken: false, isDraft: true });
  });
});

describe('argument body as print paragraphs', () => {
  const body: RichTextDoc = {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'The post ' }, cite('exhibit', 'ev1', 'p. 2'), { type: 'text', text: ' shows ' }, cite('fact', 'f1'), { type: 'text', text: '.' }] },
      { type: 'orderedList', content: [
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'First, ', marks: [{ type: 'bold' }] }, cite('authority', catalogueAuthorityId('E1'))] }] },
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Second.' }] }] },
      ] },
      { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Quoted text.' }] }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Withdrawn: ' }, cite('exhibit', 'ev2')] },
    ],
  };

  it('writes paragraphs, numbered items, quotes and citation tokens the bundle links', () => {
    const plain = bodyToParagraphs(body, context());
    expect(plain.paragraphs).toEqual([
      { text: 'The post [E-0003] (p. 2) shows [Fact 12].', style: 'normal' },
      { text: '1. First, art. 189.1 CP', style: 'normal' },
      { text: '2. Second.', style: 'normal' },
      { text: 'Quoted text.', style: 'quote' },
      { text: 'Withdrawn: [broken citation: E-0009]', style: 'normal' },
    ]);
    expect(plain.broken).toEqual([{ ref: { kind: 'exhibit', id: 'ev2' }, text: '[E-0009]' }]);
  });
});

describe('table of authorities', () => {
  const arg = (id: string, order: number, over: Partial<LegalArgument>): LegalArgument => ({
    id, caseId: 'c', heading: `Argument ${id}`, theory: 'other', legalBasis: [], elements: [], counterArguments: [], order, archivedAt: null, ...over,
  });
  const own: Authority[] = [
    { id: 'a1', caseId: 'c', kind: 'case-law', citation: 'Case C-131/12 Google Spain', pinpoint: '', url: '', catalogueRef: null, ecli: 'ECLI:EU:C:2014:317' },
    { id: 'a2', caseId: 'c', kind: 'guidance', citation: 'EDPB Guidelines 05/2020', pinpoint: '', url: '', catalogueRef: null },
    { id: 'a3', caseId: 'c', kind: 'case-law', citation: 'Never cited', pinpoint: '', url: '', catalogueRef: null },
  ];

  it('lists only what live arguments cite, from the legal basis and the body, grouped, with the citing arguments', () => {
    const args = [
      arg('B', 2, { legalBasis: [{ authorityId: catalogueAuthorityId('G5'), pinpoint: '(1)(f)' }, { authorityId: 'a1', pinpoint: 'para 94' }] }),
      arg('A', 1, {
        legalBasis: [{ authorityId: catalogueAuthorityId('E1'), pinpoint: '' }],
        body: { type: 'doc', content: [{ type: 'paragraph', content: [cite('authority', catalogueAuthorityId('G5')), cite('authority', 'a2'), cite('authority', catalogueAuthorityId('P1'))] }] },
      }),
      arg('X', 3, { archivedAt: '2026-01-01T00:00:00Z', legalBasis: [{ authorityId: 'a3', pinpoint: '' }] }),
    ];
    const table = tableOfAuthorities(args, own);
    expect(table.legislation.map((g) => [g.instrument, g.rows.map((r) => r.citation)])).toEqual([
      ['Código Penal — LO 10/1995', ['art. 189.1 CP']],
      ['GDPR — Regulation (EU) 2016/679', ['Art. 17 GDPR']],
    ]);
    const gdpr = table.legislation[1]!.rows[0]!;
    expect(gdpr.citedBy.map((c) => c.heading)).toEqual(['Argument A', 'Argument B']);
    expect(gdpr.pinpoints).toEqual(['(1)(f)']);
    expect(table.caseLaw.map((r) => [r.citation, r.detail, r.pinpoints])).toEqual([['Case C-131/12 Google Spain', 'ECLI:EU:C:2014:317', ['para 94']]]);
    expect(table.other.map((r) => [r.citation, r.isDraft])).toEqual([
      ['EDPB Guidelines 05/2020', false],
      ['Proyecto de LO protección de menores en entornos digitales (121/000052)', true],
    ]);
  });

  it('is empty when no argument cites anything', () => {
    expect(tableOfAuthorities([arg('A', 1, {})], own)).toEqual({ legislation: [], caseLaw: [], other: [] });
  });
});

import { describe, expect, it } from 'vitest';
import type { EvidenceItem, ExpertReport, Fact, LegalArgument, RichTextDoc, RichTextNode } from '@shared/domain/types';
import { toArgumentDoc, toFactDoc, toFindingDocs } from '@shared/search/case-docs';
import { CaseSearch } from '@shared/search/case-search';
import { toSearchDoc } from '@shared/search/evidence-index';

const fact = (id: string, number: number, text: string): Fact => ({
  id, caseId: 'c', number, text, date: { precision: 'day', start: '2026-01-05', end: null, timeZone: null },
  status: 'undisputed', materiality: 'yes', evidence: [], partyIds: [], argumentIds: [], archivedAt: null,
} satisfies Fact);

const report = (id: string, title: string, findings: string[], conclusions = ''): ExpertReport => ({
  id, caseId: 'c', title, expertPartyId: null, qualifications: '', instructions: '', date: null, conclusions,
  findings: findings.map((text, i) => ({ id: `f${i + 1}`, text, evidence: [], factIds: [] })),
  hasStatementOfTruth: false, attachment: null, archivedAt: null,
});

const paragraph = (...parts: RichTextNode[]): RichTextNode => ({ type: 'paragraph', content: parts });
const body: RichTextDoc = {
  type: 'doc',
  content: [
    paragraph({ type: 'text', text: 'La plataforma difundió imágenes de una menor en ' }, { type: 'text', text: 'Málaga', marks: [{ type: 'bold' }] }, { type: 'text', text: '.' }),
    { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph({ type: 'text', text: 'Deber de diligencia según la DSA' })] }] },
  ],
};
const argument = (id: string, heading: string, withBody: RichTextDoc | undefined): LegalArgument => ({
  id, caseId: 'c', heading, theory: 'platform-duty-dsa', legalBasis: [], elements: [{ id: 'e1', text: 'Conocimiento efectivo del contenido', status: 'open', factIds: [], evidence: [], findingIds: [] }],
  counterArguments: [{ id: 'k1', text: 'Puerto seguro', reply: 'No aplica tras la notificación' }], order: 1, archivedAt: null, body: withBody,
});

function caseSearch() {
  const search = new CaseSearch();
  search.facts.sync([fact('fa', 1, 'El niño recibió mensajes del perfil falso en Łódź'), fact('fb', 2, 'Se presentó la denuncia ante la Fiscalía')].map(toFactDoc));
  search.findings.sync([report('r1', 'Informe pericial forense', ['Las imágenes son un montaje generado por inteligencia artificial', 'Metadatos EXIF eliminados'], 'Falsificación con alta probabilidad')].flatMap(toFindingDocs));
  search.arguments.sync([toArgumentDoc(argument('a1', 'Responsabilidad de la plataforma', body))]);
  search.evidence.sync([toSearchDoc({ id: 'e1', exhibitNo: 'E-001', title: 'Captura del niño', description: '', notes: '', sourceUrl: '', account: '', platformContentId: '', archivedAt: null } as EvidenceItem)]);
  return search;
}
const kindsOf = (search: CaseSearch, q: string) => search.query(q, 5).groups.map((g) => `${g.kind}:${g.results.map((r) => r.id).join(',')}`);

describe('case-wide search over facts, expert findings and arguments', () => {
  const search = caseSearch();

  it('finds accented words typed without accents, in every kind, grouped', () => {
    expect(kindsOf(search, 'nino')).toEqual(['evidence:e1', 'facts:fa']);
    expect(kindsOf(search, 'lodz')).toEqual(['facts:fa']);
    expect(kindsOf(search, 'imagenes')).toEqual(['findings:r1/f1', 'arguments:a1']);
    expect(kindsOf(search, 'malaga')).toEqual(['arguments:a1']);
    expect(kindsOf(search, 'FISCALIA')).toEqual(['facts:fb']);
  });

  it('finds a fact by its number as either interface language calls it', () => {
    expect(kindsOf(search, 'fact 2')).toEqual(['facts:fb']);
    expect(kindsOf(search, 'hecho 2')).toEqual(['facts:fb']);
  });

  it('reads argument bodies through marks and lists, and elements and counter-arguments', () => {
    expect(kindsOf(search, 'diligencia')).toEqual(['arguments:a1']);
    expect(kindsOf(search, 'conocimiento efectivo')).toEqual(['arguments:a1']);
    expect(kindsOf(search, 'notificacion')).toEqual(['arguments:a1']);
  });

  it('matches prefixes and quoted phrases only as written', () => {
    expect(kindsOf(search, 'intelig')).toEqual(['findings:r1/f1']);
    expect(kindsOf(search, '"generado por inteligencia"')).toEqual(['findings:r1/f1']);
    expect(kindsOf(search, '"inteligencia generado"')).toEqual([]);
  });

  it('gives each finding its own result, the summary of conclusions too, and the report title finds them all', () => {
    expect(kindsOf(search, 'falsificacion')).toEqual(['findings:r1/conclusions']);
    const findings = search.query('forense', 5).groups[0]!;
    expect(findings.results.map((r) => r.kind === 'findings' && r.findingNo)).toEqual(expect.arrayContaining([1, 2, null]));
  });

  it('labels results and cuts a snippet around the match, with the matched words to mark', () => {
    const { groups, terms } = search.query('malaga', 5);
    expect(groups[0]!.results[0]).toMatchObject({ kind: 'arguments', heading: 'Responsabilidad de la plataforma' });
    expect(groups[0]!.results[0]!.snippet).toContain('Málaga');
    expect(terms).toEqual(['malaga']);
    const fact = search.query('denuncia', 5).groups[0]!.results[0]!;
    expect(fact).toMatchObject({ kind: 'facts', number: 2, date: { precision: 'day', start: '2026-01-05' } });
  });

  it('shows the best few and counts them all', () => {
    const many = new CaseSearch();
    many.facts.sync(Array.from({ length: 12 }, (_, i) => toFactDoc(fact(`f${i}`, i + 1, `Mensaje número ${i + 1} al menor`))));
    const [group] = many.query('menor', 5).groups;
    expect(group!.total).toBe(12);
    expect(group!.results).toHaveLength(5);
  });

  it('follows edits: new words are found, old ones no longer', () => {
    const edited = caseSearch();
    edited.facts.sync([fact('fa', 1, 'El menor fue contactado por Telegram'), fact('fb', 2, 'Se presentó la denuncia ante la Fiscalía')].map(toFactDoc));
    expect(kindsOf(edited, 'telegram')).toEqual(['facts:fa']);
    expect(kindsOf(edited, 'lodz')).toEqual([]);
  });

  it('leaves archived exhibits out of case-wide results (the register still filters them)', () => {
    const archived = caseSearch();
    archived.evidence.sync([toSearchDoc({ id: 'e1', exhibitNo: 'E-001', title: 'Captura del niño', description: '', notes: '', sourceUrl: '', account: '', platformContentId: '', archivedAt: '2026-01-01T00:00:00.000Z' } as EvidenceItem)]);
    expect(kindsOf(archived, 'nino')).toEqual(['facts:fa']);
    expect(archived.evidence.matchAll('nino').ids).toEqual(['e1']);
  });
});

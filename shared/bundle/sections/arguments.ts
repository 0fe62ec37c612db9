import type { ArgumentTheory, LegalArgument } from '../../domain/types';
import { bodyToParagraphs } from '../../legal/body-paragraphs';
import { resolveCitation } from '../../legal/citation';
import { isBodyEmpty } from '../../legal/rich-text';
import { citationContextOf } from '../../legal/snapshot-context';
import { citeList } from '../citations';
import { Flow, type CitationResolver } from '../flow';
import type { BuildState } from '../state';
import { MUTED } from '../style';
import { runningHead } from './front';

const THEORY: Record<ArgumentTheory, string> = {
  'sexual-deepfake': 'Sexual deepfake liability',
  'csam-dissemination': 'CSAM dissemination',
  'platform-duty-dsa': 'Platform duty of care (DSA)',
  gdpr: 'GDPR',
  'ai-act-transparency': 'AI Act transparency',
  'criminal-liability-legal-persons': 'Criminal liability of legal persons',
  other: 'Other',
};
const STATUS = { established: 'established', contested: 'contested', open: 'open' } as const;

/** One argument of section F: issue, legal basis, elements with their support, counter-arguments. */
export function buildArgument(state: BuildState, a: LegalArgument, n: number, linkify: CitationResolver): void {
  const doc = state.beginDoc({ key: `argument:${a.id}`, title: `F${n}. ${a.heading}`, date: null, exhibitNo: null, isSection: false });
  const flow = new Flow(state, runningHead(state));
  flow.newPage();
  flow.heading(`F${n}. ${a.heading}`);
  const { snapshot } = state;
  const context = citationContextOf(snapshot.evidence, snapshot.facts, snapshot.authorities);
  // Catalogue rows ("catalogue:E1") and user authorities alike, by their short citation.
  const basis = a.legalBasis.map((b) => resolveCitation({ kind: 'authority', id: b.authorityId, pinpoint: b.pinpoint }, context).text);
  flow.keyValues([['Theory', THEORY[a.theory]], ['Legal basis', basis.join('; ') || 'not recorded']]);
  if (!isBodyEmpty(a.body)) {
    const body = bodyToParagraphs(a.body, context);
    for (const p of body.paragraphs) flow.paragraph(p.text, p.style === 'quote' ? { size: 9.5 } : {}, { linkify, indent: p.style === 'quote' ? 24 : 0 });
    for (const b of body.broken) state.warn({ code: 'unknown-citation', message: `Argument "${a.heading}" cites ${b.text}, which is archived or gone; it is printed as a broken citation.` });
  }
  if (a.elements.length > 0) {
    flow.heading('Elements', 2);
    a.elements.forEach((el, i) => {
      flow.paragraph(`${i + 1}. ${el.text} (${STATUS[el.status]})`, {}, { linkify, after: 2 });
      const refs = citeList(state, el.evidence, el.factIds);
      if (refs) flow.paragraph(`Supported by: ${refs}`, { size: 8.5, color: MUTED }, { indent: 14, linkify });
    });
  }
  if (a.counterArguments.length > 0) {
    flow.heading('Counter-arguments and replies', 2);
    a.counterArguments.forEach((c, i) => {
      flow.paragraph(`${i + 1}. Counter-argument: ${c.text}`, { bold: true, size: 9.5 }, { linkify, after: 2 });
      flow.paragraph(`Reply: ${c.reply || 'none recorded'}`, { size: 9.5 }, { indent: 14, linkify });
    });
  }
  state.endDoc(doc);
}

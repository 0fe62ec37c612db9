import type { CaseSnapshot } from '../bundle/snapshot';
import { makePseudonymiser } from '../bundle/pseudonymise';
import type { LegalArgument, Party } from '../domain/types';
import { bodyBlocks, type BodyPart } from '../legal/body-blocks';
import { catalogueEntry, needsVerification } from '../legal/catalogue';
import { isBodyEmpty } from '../legal/rich-text';
import { partyLabel } from '../parties/pseudonym';
import { filingAuthorities } from './authorities-table';
import type { CiteContext } from './cite';
import type { FilingDocument } from './document';
import { factParts, factsRelied } from './facts-section';
import { filingTitle, filingWords, formatLongDate, partyRoleLabel, roman, type FilingWords } from './labels';
import type { FilingOptions } from './options';
import { FilingWriter } from './writer';
import { listMarker } from './list-marker';

/**
 * Lays a filing out from the case: heading, introduction, the facts the
 * chosen arguments rely on, one ground per argument (legal basis, text,
 * citations in the chosen style), relief sought, table of authorities and
 * signature. Protected parties are pseudonymised in every string, always:
 * a filing leaves the team.
 */
export function buildFilingModel(snapshot: CaseSnapshot, options: FilingOptions): FilingDocument {
  const words = filingWords(options.language);
  const writer = new FilingWriter(makePseudonymiser(snapshot, true));
  const live = new Map(snapshot.arguments.filter((a) => a.archivedAt === null).map((a) => [a.id, a]));
  const chosen = options.argumentIds.map((id) => live.get(id)).filter((a): a is LegalArgument => a !== undefined);
  if (chosen.length === 0) writer.warn('no-arguments', 'No argument is chosen: the filing has no legal grounds.');

  const facts = options.includeFacts ? factsRelied(chosen, snapshot.facts) : [];
  const factParagraph = new Map<string, number>();
  const cite = writer.citeContext({
    evidence: new Map(snapshot.evidence.map((e) => [e.id, e])),
    facts: new Map(snapshot.facts.map((f) => [f.id, f])),
    authorities: new Map(snapshot.authorities.map((a) => [a.id, a])),
    factParagraph, words, style: options.citationStyle, allowLinks: options.allowLinks,
  });

  for (const text of splitParagraphs(options.introduction)) writer.paragraph([text], cite, { numbered: false });
  if (facts.length > 0) {
    writer.heading(words.facts, 1);
    // Numbers are known before the text is written, so a fact citing a later fact would still resolve.
    facts.forEach((f, i) => factParagraph.set(f.id, writer.nextParagraph + i));
    for (const fact of facts) writer.paragraph(factParts(fact, options.language), cite, { numbered: true });
  }
  if (chosen.length > 0) writer.heading(words.grounds, 1);
  chosen.forEach((argument, i) => writeGround(writer, cite, argument, i + 1, options, words));
  const relief = splitParagraphs(options.relief);
  if (relief.length > 0) {
    writer.heading(words.relief, 1);
    for (const text of relief) writer.paragraph([text], cite, { numbered: false });
  }
  warnUnverified(writer);

  const title = filingTitle(options);
  const c = snapshot.case;
  const clean = writer.clean;
  const date = formatLongDate(options.date, options.language);
  return {
    language: options.language,
    title: clean(title),
    court: clean(options.court.trim() || c.court),
    reference: clean(options.reference.trim() || c.reference),
    parties: headingParties(snapshot.parties, options).map((p) => ({ role: p.role, name: clean(p.name) })),
    blocks: writer.blocks,
    footnotes: writer.footnotes,
    authorities: options.includeTableOfAuthorities ? filingAuthorities(chosen, snapshot.authorities, writer, words, options.allowLinks) : null,
    closing: {
      placeAndDate: clean(words.placeAndDate(options.place, date)),
      signatureLines: [options.signature.name, options.signature.role, options.signature.barNumber, options.signature.firm]
        .map((s) => clean(s.trim())).filter(Boolean),
    },
    labels: {
      tableOfAuthorities: words.tableOfAuthorities, paragraphs: words.paragraphs, paragraph: words.paragraph,
      page: words.page, footnotes: words.footnotes, reference: words.reference,
    },
    allowLinks: options.allowLinks,
    metadata: {
      title: clean(`${title} — ${c.title}`),
      subject: clean([options.court.trim() || c.court, options.reference.trim() || c.reference].filter((s) => s.trim()).join(' · ')),
      keywords: clean([c.shortName, options.reference.trim() || c.reference, title].filter((s) => s.trim()).join('; ')),
      author: clean(options.signature.name.trim()),
    },
    fileName: safeFileName(clean(`${title} - ${c.shortName.trim() || c.title} - ${options.date}`)),
    warnings: writer.warnings,
    options,
  };
}

function writeGround(writer: FilingWriter, cite: CiteContext, argument: LegalArgument, n: number, options: FilingOptions, words: FilingWords): void {
  writer.heading(`${roman(n)}. ${argument.heading}`, 2);
  if (options.includeLegalBasis && argument.legalBasis.length > 0) {
    const parts: BodyPart[] = [`${words.legalBasis}: `];
    argument.legalBasis.forEach((b, i) => {
      if (i > 0) parts.push('; ');
      parts.push({ kind: 'authority', id: b.authorityId, ...(b.pinpoint.trim() ? { pinpoint: b.pinpoint } : {}) });
    });
    parts.push('.');
    writer.paragraph(parts, cite, { numbered: true });
  }
  if (!isBodyEmpty(argument.body)) {
    for (const block of bodyBlocks(argument.body)) {
      if (block.list) {
        const { kind, id, level, index, continuation } = block.list;
        writer.paragraph(block.parts, cite, { numbered: false, style: block.style, list: { kind, id, level, marker: continuation ? '' : listMarker(kind, index, level, options.language) } });
      } else {
        writer.paragraph(block.parts, cite, { numbered: block.style === 'normal', style: block.style });
      }
    }
    return;
  }
  if (argument.elements.length === 0) {
    writer.warn('empty-argument', `“${argument.heading}” has no text and no elements: its ground is a heading only.`, { heading: argument.heading }, 'empty-argument-heading-only');
    return;
  }
  writer.warn('empty-argument', `“${argument.heading}” has no text yet: its elements and their support are printed instead.`, { heading: argument.heading });
  for (const element of argument.elements) {
    const parts: BodyPart[] = [element.text.trim()];
    element.evidence.forEach((p) => parts.push(' ', { kind: 'exhibit', id: p.evidenceId, ...(p.pinpoint.trim() ? { pinpoint: p.pinpoint } : {}) }));
    element.factIds.forEach((id) => parts.push(' ', { kind: 'fact', id }));
    if (!/[.!?]$/.test(element.text.trim())) parts.push('.');
    writer.paragraph(parts, cite, { numbered: true });
  }
}

/** Every cited catalogue row the catalogue itself does not fully vouch for: the lawyer hears of it before filing. */
function warnUnverified(writer: FilingWriter): void {
  for (const id of writer.authorityParagraphs.keys()) {
    const entry = catalogueEntry(id);
    if (!entry || !needsVerification(entry)) continue;
    if (entry.isDraft) writer.warn('authority-draft', `${entry.row.shortCitation} is draft law, not law in force: the filing labels it as a draft.`, { citation: entry.row.shortCitation });
    else {
      const caveat = entry.row.mark === 'V';
      writer.warn('authority-unverified', `${entry.row.shortCitation}: the catalogue marks it ${caveat ? 'verified with a caveat' : entry.row.mark} — verify before filing.`,
        { citation: entry.row.shortCitation, mark: entry.row.mark }, caveat ? 'authority-caveat' : 'authority-unverified');
    }
  }
}

function headingParties(parties: readonly Party[], options: FilingOptions): { role: string; name: string }[] {
  const byId = new Map(parties.map((p) => [p.id, p]));
  return options.partyIds.flatMap((id) => {
    const p = byId.get(id);
    if (!p) return [];
    const role = partyRoleLabel(options.language, options.kind, p.role);
    if (p.isProtected) return [{ role, name: partyLabel(p) }];
    const short = p.shortName.trim();
    const entity = p.legalEntityName.trim();
    const name = entity && entity !== p.name ? `${entity}${short || p.name ? ` (“${short || p.name}”)` : ''}` : p.name;
    return [{ role, name }];
  });
}

export function splitParagraphs(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean);
}

/** No characters Windows, macOS or Linux refuse in a file name; at most 120 characters. */
export function safeFileName(name: string): string {
  const cleaned = name.normalize('NFC').replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, '-').replace(/\s+/g, ' ').trim().replace(/[. ]+$/, '');
  return Array.from(cleaned).slice(0, 120).join('') || 'filing';
}

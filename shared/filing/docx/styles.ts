import { AlignmentType, LineRuleType, type IStylesOptions } from 'docx';
import type { Locale } from '../../domain/types';
import { FONT, NUMBER_INDENT, PARAGRAPH_NUMBERING, STYLE, TEXT_WIDTH } from './layout';

const pt = (points: number) => points * 2; // half-points
const lines = (n: number) => ({ line: Math.round(240 * n), lineRule: LineRuleType.AUTO });

export function languageTag(language: Locale): string {
  return language === 'es' ? 'es-ES' : 'en-GB';
}

/** Named styles a lawyer can restyle in Word: the document is formatted through them, never paragraph by paragraph. */
export function filingStyles(language: Locale): IStylesOptions {
  const body = { alignment: AlignmentType.JUSTIFIED, spacing: { ...lines(1.5), after: 160 } };
  const heading = { keepNext: true, keepLines: true };
  return {
    default: {
      document: {
        run: { font: { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT }, size: pt(12), language: { value: languageTag(language), bidirectional: 'ar-SA' } },
        paragraph: { spacing: { after: 0, ...lines(1) } },
      },
      title: {
        run: { font: FONT, size: pt(15), bold: true, allCaps: true, color: '000000' },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 360, after: 360 }, keepNext: true },
      },
      heading1: {
        run: { font: FONT, size: pt(12), bold: true, allCaps: true, color: '000000' },
        paragraph: { ...heading, alignment: AlignmentType.CENTER, spacing: { before: 360, after: 200 }, outlineLevel: 0 },
      },
      heading2: {
        run: { font: FONT, size: pt(12), bold: true, italics: false, color: '000000' },
        paragraph: { ...heading, spacing: { before: 240, after: 160 }, indent: { left: NUMBER_INDENT }, outlineLevel: 1 },
      },
      footnoteText: {
        run: { size: pt(10) },
        paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { after: 60, ...lines(1) }, indent: { left: 227, hanging: 227 } },
      },
      footnoteReference: { run: { superScript: true } },
      hyperlink: { run: { color: '1F3F7F', underline: {} } },
    },
    paragraphStyles: [
      { id: STYLE.body, name: 'Body Text', basedOn: 'Normal', next: STYLE.body, quickFormat: true, paragraph: body },
      {
        id: STYLE.numbered, name: 'Numbered paragraph', basedOn: STYLE.body, next: STYLE.numbered, quickFormat: true,
        paragraph: { ...body, indent: { left: NUMBER_INDENT, hanging: NUMBER_INDENT }, numbering: { reference: PARAGRAPH_NUMBERING, level: 0, custom: true } },
      },
      {
        id: STYLE.quote, name: 'Quote', basedOn: STYLE.body, next: STYLE.numbered, quickFormat: true,
        run: { size: pt(11) },
        paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { after: 200, ...lines(1.15) }, indent: { left: 2 * NUMBER_INDENT, right: NUMBER_INDENT } },
      },
      {
        id: STYLE.court, name: 'Court', basedOn: 'Normal', next: STYLE.reference, quickFormat: true,
        run: { bold: true, allCaps: true },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 60 }, keepNext: true },
      },
      {
        id: STYLE.reference, name: 'Case reference', basedOn: 'Normal', next: STYLE.party, quickFormat: true,
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 360 }, keepNext: true },
      },
      {
        id: STYLE.party, name: 'Party', basedOn: 'Normal', next: STYLE.party, quickFormat: true,
        paragraph: { spacing: { after: 100 }, indent: { left: NUMBER_INDENT }, rightTabStop: TEXT_WIDTH, keepNext: true },
      },
      { id: STYLE.placeAndDate, name: 'Place and date', basedOn: STYLE.body, next: STYLE.signature, paragraph: { spacing: { before: 480, after: 0 }, keepNext: true } },
      {
        id: STYLE.signature, name: 'Signature block', basedOn: 'Normal', next: STYLE.signature,
        paragraph: { indent: { left: Math.round(TEXT_WIDTH / 2) }, keepNext: true, keepLines: true },
      },
      { id: STYLE.tableText, name: 'Table text', basedOn: 'Normal', next: STYLE.tableText, run: { size: pt(11) }, paragraph: { spacing: { before: 40, after: 40 } } },
      {
        id: STYLE.authorityGroup, name: 'Authorities group', basedOn: STYLE.tableText, next: STYLE.tableText,
        run: { bold: true }, paragraph: { keepNext: true, spacing: { before: 120, after: 60 } },
      },
      { id: STYLE.footer, name: 'footer', basedOn: 'Normal', run: { size: pt(10) }, paragraph: { alignment: AlignmentType.CENTER } },
    ],
  };
}

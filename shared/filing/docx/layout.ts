/** Page geometry, style ids and the list's name, shared by every part of the DOCX writer. Twips: 1/20 pt; 1 cm = 567. */
export const CM = 567;
export const PAGE = { width: 11906, height: 16838, margin: Math.round(2.5 * CM) } as const; // A4, 2.5 cm margins
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** Where a numbered paragraph's text starts; its number hangs in the gap. */
export const NUMBER_INDENT = Math.round(1.25 * CM);

/** Word's own serif, which LibreOffice maps to a metric-compatible (or DejaVu) face; all cover Polish, Greek and Cyrillic. */
export const FONT = 'Times New Roman';

/** Style ids: Word shows each style's name; the id is what the paragraphs carry. */
export const STYLE = {
  court: 'Court',
  reference: 'CaseReference',
  party: 'Party',
  numbered: 'NumberedParagraph',
  body: 'BodyText',
  quote: 'Quote',
  placeAndDate: 'PlaceAndDate',
  signature: 'SignatureBlock',
  authorityGroup: 'AuthorityGroup',
  tableText: 'TableText',
  footer: 'Footer',
} as const;

export const PARAGRAPH_NUMBERING = 'filing-paragraphs';
/** Lists in an argument's text: sub-paragraphs, lettered or bulleted, one Word list per kind (each list its own instance). */
export const LIST_NUMBERING = { ordered: 'filing-sub-paragraphs', bullet: 'filing-bullets' } as const;
/** Each list level's step to the right, and the room its marker hangs in. */
export const LIST_INDENT = Math.round(0.75 * CM);

import { PAGE } from '../../bundle/style';

/** A4 with the generous margins filings are printed with; the foot keeps room for the page stamp. */
export const FILING_PAGE = PAGE;
export const FILING_MARGIN = { left: 72, right: 66, top: 68, bottom: 74 } as const;
export const FILING_WIDTH = PAGE.width - FILING_MARGIN.left - FILING_MARGIN.right;

export const BODY = { size: 11, leading: 16.5, after: 7 } as const;
export const QUOTE = { size: 10, leading: 14, indent: 44 } as const;
export const NOTE = { size: 8.5, leading: 11, indent: 14, after: 2 } as const;
/** Width the paragraph number hangs in, left of the text. */
export const NUMBER_WIDTH = 32;
/** A list level's indent, and the room its marker hangs in. */
export const LIST = { indent: 22 } as const;
/** A note mark: smaller and raised. */
export const SUP = { scale: 0.62, rise: 0.38 } as const;
/** The rule above the notes and the room around it. */
export const NOTE_RULE = { width: 130, above: 8, below: 5 } as const;

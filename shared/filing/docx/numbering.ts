import { AlignmentType, LevelFormat, LevelSuffix, type INumberingOptions } from 'docx';
import { NUMBER_INDENT, PARAGRAPH_NUMBERING, STYLE } from './layout';

/**
 * One Word list for the numbered paragraphs, tied to the "Numbered paragraph"
 * style: Word writes the numbers, so a paragraph the lawyer inserts or
 * deletes renumbers the rest. It counts from 1 in reading order, as the
 * model numbers them.
 */
export function filingNumbering(): INumberingOptions {
  return {
    config: [{
      reference: PARAGRAPH_NUMBERING,
      levels: [{
        level: 0,
        format: LevelFormat.DECIMAL,
        text: '%1.',
        start: 1,
        alignment: AlignmentType.LEFT,
        suffix: LevelSuffix.TAB,
        style: {
          paragraph: { indent: { left: NUMBER_INDENT, hanging: NUMBER_INDENT } },
          style: STYLE.numbered,
        },
      }],
    }],
  };
}

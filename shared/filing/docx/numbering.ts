import { AlignmentType, LevelFormat, LevelSuffix, type ILevelsOptions, type INumberingOptions } from 'docx';
import type { Locale } from '../../domain/types';
import { LIST_INDENT, LIST_NUMBERING, NUMBER_INDENT, PARAGRAPH_NUMBERING, STYLE } from './layout';

const LEVELS = [0, 1, 2, 3, 4, 5];
const listIndent = (level: number) => ({ indent: { left: NUMBER_INDENT + (level + 1) * LIST_INDENT, hanging: LIST_INDENT } });

/** Sub-paragraphs as the PDF letters them: (a) → (i) → 1. in English, a) → i) → 1. in Spanish. */
function subParagraphLevels(language: Locale): ILevelsOptions[] {
  const wrap = (n: number) => (language === 'es' ? `%${n})` : `(%${n})`);
  return LEVELS.map((level) => {
    const depth = level % 3;
    const format = depth === 0 ? LevelFormat.LOWER_LETTER : depth === 1 ? LevelFormat.LOWER_ROMAN : LevelFormat.DECIMAL;
    const text = depth === 2 ? `%${level + 1}.` : wrap(level + 1);
    return { level, format, text, start: 1, alignment: AlignmentType.LEFT, suffix: LevelSuffix.TAB, style: { paragraph: listIndent(level) } };
  });
}

function bulletLevels(): ILevelsOptions[] {
  return LEVELS.map((level) => ({
    level, format: LevelFormat.BULLET, text: level % 2 === 0 ? '•' : '–', alignment: AlignmentType.LEFT, suffix: LevelSuffix.TAB,
    style: { paragraph: listIndent(level) },
  }));
}

/**
 * One Word list for the numbered paragraphs, tied to the "Numbered paragraph"
 * style: Word writes the numbers, so a paragraph the lawyer inserts or
 * deletes renumbers the rest. It counts from 1 in reading order, as the
 * model numbers them.
 */
export function filingNumbering(language: Locale): INumberingOptions {
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
    }, {
      reference: LIST_NUMBERING.ordered,
      levels: subParagraphLevels(language),
    }, {
      reference: LIST_NUMBERING.bullet,
      levels: bulletLevels(),
    }],
  };
}

import { textWidth, type FontSet } from '../../bundle/fonts';
import { SUP } from './geometry';

/** A piece of a paragraph in one style. */
export interface Run {
  text: string;
  bold?: boolean;
  /** A note mark, drawn small and raised. */
  sup?: boolean;
  /** Link target: an external URL or "#para-N". */
  href?: string | null;
  /** The note a mark refers to: the page holding the mark must hold the note. */
  note?: number;
  muted?: boolean;
}

export interface PlacedRun extends Run {
  x: number;
  width: number;
}

export interface Line {
  runs: PlacedRun[];
  width: number;
  /** Notes marked on this line. */
  notes: number[];
}

interface Piece extends Run { width: number }

/**
 * Breaks styled runs into lines of at most `width` points. Breaks only at
 * spaces (a note mark stays glued to the word before it); a word wider than
 * the line is cut between characters rather than allowed to overflow.
 */
export function layoutRuns(runs: readonly Run[], fonts: FontSet, size: number, width: number): Line[] {
  const words: Piece[][] = [[]];
  for (const run of runs) {
    const parts = run.text.split(/( +|\n)/);
    for (const part of parts) {
      if (part === '') continue;
      if (part === '\n' || /^ +$/.test(part)) {
        if (words[words.length - 1]!.length > 0) words.push([]);
        if (part === '\n') words.push([{ text: '\n', width: 0 }], []);
        continue;
      }
      words[words.length - 1]!.push(measure({ ...run, text: part }, fonts, size));
    }
  }
  const space = textWidth(fonts.regular, ' ', size);
  const lines: Line[] = [];
  let line: PlacedRun[] = [];
  let x = 0;
  const flush = () => {
    lines.push({ runs: line, width: x, notes: line.flatMap((r) => (r.note !== undefined ? [r.note] : [])) });
    line = [];
    x = 0;
  };
  for (const word of words) {
    if (word.length === 0) continue;
    if (word[0]!.text === '\n') {
      flush();
      continue;
    }
    const w = word.reduce((s, p) => s + p.width, 0);
    if (line.length > 0 && x + space + w > width) flush();
    if (line.length > 0) x += space;
    if (w > width) {
      for (const piece of word) for (const ch of Array.from(piece.text)) {
        const c = measure({ ...piece, text: ch }, fonts, size);
        if (x + c.width > width && line.length > 0) flush();
        line.push({ ...c, x });
        x += c.width;
      }
      continue;
    }
    for (const piece of word) {
      line.push({ ...piece, x });
      x += piece.width;
    }
  }
  if (line.length > 0 || lines.length === 0) flush();
  return lines;
}

function measure(run: Run, fonts: FontSet, size: number): Piece {
  const font = run.bold ? fonts.bold : fonts.regular;
  return { ...run, width: textWidth(font, run.text, run.sup ? size * SUP.scale : size) };
}

import { foldText, tokenize } from './normalize';

export interface ParsedQuery {
  /** Words to match, each also as a prefix of a longer word. */
  terms: string[];
  /** Quoted phrases, folded; a match must contain each one as written (words in order). */
  phrases: string[];
}

/** `grok "sexual deepfake" niño` → terms [grok, sexual, deepfake, nino], phrases ["sexual deepfake"]. */
export function parseQuery(query: string): ParsedQuery {
  const phrases: string[] = [];
  const rest = query.replace(/"([^"]*)"/g, (_, phrase: string) => {
    const words = tokenize(phrase);
    if (words.length > 0) phrases.push(words.join(' '));
    return ` ${phrase} `;
  });
  return { terms: [...new Set(tokenize(rest))], phrases };
}

/**
 * A test for one folded phrase: whether a text's folded words contain the
 * phrase's words in a row. The text is folded once and searched with a
 * pattern, not split into words, since a phrase is checked on thousands of
 * records per query.
 */
export function phraseTest(phrase: string): (text: string) => boolean {
  // Folded words are letters and digits only: nothing in them needs escaping.
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${phrase.split(' ').join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'u');
  return (text) => pattern.test(foldText(text));
}

export { foldText };

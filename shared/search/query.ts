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

/** Whether the folded words of a text contain the phrase's words in a row. */
export function containsPhrase(text: string, phrase: string): boolean {
  return ` ${tokenize(text).join(' ')} `.includes(` ${phrase} `);
}

export { foldText };

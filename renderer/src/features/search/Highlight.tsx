import { Fragment } from 'react';
import { isMatchedWord } from '@shared/search/snippet';

const WORD = /[\p{L}\p{N}]+/gu;

/** The text with every word that matched the search marked. */
export function Highlight({ text, terms }: { text: string; terms: readonly string[] }) {
  if (terms.length === 0) return <>{text}</>;
  const parts: { text: string; isMatch: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    if (!isMatchedWord(match[0], terms)) continue;
    parts.push({ text: text.slice(last, match.index), isMatch: false }, { text: match[0], isMatch: true });
    last = match.index + match[0].length;
  }
  parts.push({ text: text.slice(last), isMatch: false });
  return (
    <>
      {parts.map((p, i) => (p.isMatch ? <mark key={i}>{p.text}</mark> : <Fragment key={i}>{p.text}</Fragment>))}
    </>
  );
}

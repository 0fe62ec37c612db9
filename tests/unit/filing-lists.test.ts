import { describe, expect, test } from 'vitest';
import type { RichTextDoc, RichTextNode } from '../../shared/domain/types';
import { buildFilingModel, type FilingOptions } from '../../shared/filing';
import { letters, listMarker } from '../../shared/filing/list-marker';
import { sampleFilingCase } from '../fixtures/filing/sample-filing';

const text = (t: string): RichTextNode => ({ type: 'text', text: t });
const para = (...content: RichTextNode[]): RichTextNode => ({ type: 'paragraph', content });
const item = (...content: RichTextNode[]): RichTextNode => ({ type: 'listItem', content });

/** "X failed to:" then an ordered list whose second item holds a bullet list and a second paragraph. */
const body: RichTextDoc = {
  type: 'doc',
  content: [
    para(text('X failed to:')),
    {
      type: 'orderedList', attrs: { start: 1 }, content: [
        item(para(text('remove the image; '), { type: 'citation', attrs: { kind: 'authority', id: 'catalogue:D4' } })),
        item(
          para(text('answer the notice:')),
          { type: 'bulletList', content: [item(para(text('within 24 hours'))), item(para(text('with reasons')))] },
          para(text('and inform the victim.')),
        ),
      ],
    },
    para(text('That failure is the breach.')),
  ],
};

async function build(over: Partial<FilingOptions>) {
  const { snapshot, options } = await sampleFilingCase();
  const args = snapshot.arguments.map((a) => (a.id === 'a-2' ? { ...a, body } : a));
  return buildFilingModel({ ...snapshot, arguments: args }, { ...options, citationStyle: 'inline', argumentIds: ['a-2'], ...over });
}

const lines = (doc: Awaited<ReturnType<typeof build>>) => doc.blocks.flatMap((b) => {
  if (b.kind !== 'paragraph') return [];
  const words = b.inlines.map((i) => i.text).join('');
  return [b.list ? `${'  '.repeat(b.list.level)}${b.list.marker || '…'} ${words}` : `${b.number ?? '-'} ${words}`];
});

describe('lists in an argument become sub-paragraphs of the filing', () => {
  test('lettered in English, bullets nested, no paragraph numbers of their own; the paragraph after goes on counting', async () => {
    const doc = await build({ language: 'en' });
    const out = lines(doc);
    const start = out.findIndex((l) => l.endsWith('X failed to:'));
    expect(out.slice(start, start + 7)).toEqual([
      `${doc.blocks.filter((b) => b.kind === 'paragraph' && b.number !== null).length - 1} X failed to:`,
      '(a) remove the image; Art. 16 DSA',
      '(b) answer the notice:',
      '  – within 24 hours',
      '  – with reasons',
      '… and inform the victim.',
      `${doc.blocks.filter((b) => b.kind === 'paragraph' && b.number !== null).length} That failure is the breach.`,
    ]);
  });

  test('Spanish letters them a), b); a citation in a sub-paragraph counts for the paragraph it belongs to', async () => {
    const doc = await build({ language: 'es' });
    expect(lines(doc)).toEqual(expect.arrayContaining(['a) remove the image; Art. 16 DSA', 'b) answer the notice:']));
    const parent = doc.blocks.find((b) => b.kind === 'paragraph' && b.inlines.some((i) => i.text === 'X failed to:'));
    const row = doc.authorities!.groups.flatMap((g) => g.rows).find((r) => r.citation === 'Art. 16 DSA');
    expect(parent?.kind === 'paragraph' && row?.paragraphs.includes(parent.number!)).toBe(true);
  });

  test('markers by depth: letters, then roman numerals, then figures; bullets alternate', () => {
    expect([letters(1), letters(26), letters(27), letters(53)]).toEqual(['a', 'z', 'aa', 'ba']);
    expect([listMarker('ordered', 3, 0, 'en'), listMarker('ordered', 4, 1, 'en'), listMarker('ordered', 2, 2, 'en')]).toEqual(['(c)', '(iv)', '2.']);
    expect([listMarker('ordered', 3, 0, 'es'), listMarker('ordered', 4, 1, 'es')]).toEqual(['c)', 'iv)']);
    expect([listMarker('bullet', 1, 0, 'en'), listMarker('bullet', 1, 1, 'en')]).toEqual(['•', '–']);
  });
});

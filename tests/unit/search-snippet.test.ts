import { describe, expect, it } from 'vitest';
import { snippetAround } from '@shared/search/snippet';

describe('search snippets', () => {
  const long = `${'Antes del hecho hubo muchas palabras de contexto. '.repeat(6)}El niño recibió el montaje por Telegram. ${'Después siguieron más palabras de relleno. '.repeat(6)}`;

  it('keeps a short text whole', () => {
    expect(snippetAround('Mensaje al niño', ['nino'])).toBe('Mensaje al niño');
  });

  it('cuts a long text around the first matched word, at word boundaries, with ellipses', () => {
    const snippet = snippetAround(long, ['nino'])!;
    expect(snippet).toContain('niño recibió');
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet.length).toBeLessThanOrEqual(162);
    const inner = snippet.slice(1, -1);
    const at = long.indexOf(inner);
    expect(at).toBeGreaterThan(0);
    expect(long[at - 1]).toBe(' ');
    expect(long[at + inner.length]).toBe(' ');
  });

  it('is null when no word matches', () => {
    expect(snippetAround(long, ['grok'])).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { sniffMime } from '@shared/evidence/mime-sniff';

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

describe('MIME sniffing from the bytes', () => {
  it('recognises common evidence formats by their magic numbers', async () => {
    expect((await sniffMime(bytes('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).mime).toBe('application/pdf');
    expect((await sniffMime(bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF', [0])))).toEqual({ mime: 'image/jpeg', isGuess: false });
    expect((await sniffMime(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], 'IHDR')))).toMatchObject({ mime: 'image/png' });
  });

  it('ignores what the name claims: the bytes decide', async () => {
    // The caller never passes the name; a PNG is a PNG whatever it is called.
    const png = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], 'IHDR');
    expect((await sniffMime(png)).mime).toBe('image/png');
  });

  it('falls back to text or octet-stream, and says it guessed', async () => {
    expect(await sniffMime(bytes('Chat export\nŁukasz: hola niño\n'))).toEqual({ mime: 'text/plain', isGuess: true });
    expect(await sniffMime(bytes([0x00, 0x13, 0x37, 0xfe]))).toEqual({ mime: 'application/octet-stream', isGuess: true });
    expect(await sniffMime(new Uint8Array())).toEqual({ mime: 'application/octet-stream', isGuess: true });
  });
});

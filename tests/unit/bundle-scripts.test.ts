import { describe, expect, it } from 'vitest';
import { buildBundle } from '../../shared/bundle';
import { missingRun } from '../../shared/bundle/text';
import { readBack, tool, withTempPdf } from '../fixtures/bundle/read-pdf';
import { loadFonts, sampleCase } from '../fixtures/bundle/sample-case';

describe('names in scripts the bundle font lacks', () => {
  it('are printed as their code points, extractable and identifiable, with a warning — never as "???"', async () => {
    const sample = await sampleCase();
    sample.snapshot.parties.push({ ...sample.snapshot.parties[2]!, id: 'p-cjk', name: '王小明', role: 'witness' });
    sample.snapshot.evidence[1]!.title = 'Post by 김민수 🙂';
    const { bytes, report } = await buildBundle({ snapshot: sample.snapshot, options: { profile: 'internal', numbering: 'consecutive', sections: ['A', 'D'] }, fonts: loadFonts(), readFile: sample.readFile });
    const text = (await readBack(bytes)).texts.join('\n');
    expect(text).toContain('[U+738B U+5C0F U+660E]');
    expect(text).toContain('Post by [U+AE40 U+BBFC U+C218] [U+1F642]');
    expect(text).not.toContain('???');
    const extracted = withTempPdf(bytes, (path) => tool('pdftotext', [path, '-']));
    expect(extracted).toContain('[U+738B U+5C0F U+660E]');
    const glyphWarnings = report.warnings.filter((w) => w.code === 'unsupported-glyph');
    expect(glyphWarnings.map((w) => w.values?.replacement)).toEqual(expect.arrayContaining(['[U+738B U+5C0F U+660E]', '[U+1F642]']));
  });

  it('spell out at most six code points of a long run, with the count of the rest', () => {
    const run = [...'一二三四五六七八九十'].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase()}`);
    expect(missingRun(run)).toBe('[U+4E00 U+4E8C U+4E09 U+56DB U+4E94 U+516D … +4]');
    expect(missingRun(run.slice(0, 2))).toBe('[U+4E00 U+4E8C]');
  });
});

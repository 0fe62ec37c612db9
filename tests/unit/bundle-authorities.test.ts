import { describe, expect, it } from 'vitest';
import { buildBundle } from '../../shared/bundle';
import { catalogueAuthorityId } from '../../shared/legal/catalogue';
import { loadFonts, sampleCase } from '../fixtures/bundle/sample-case';
import { readBack } from '../fixtures/bundle/read-pdf';

describe('section G, the table of authorities', () => {
  it('lists catalogue provisions by short citation with their verification, drafts as drafts, and warns before filing', async () => {
    const s = await sampleCase();
    s.snapshot.arguments[0]!.legalBasis.push(
      { authorityId: catalogueAuthorityId('E1'), pinpoint: '' }, // verified
      { authorityId: catalogueAuthorityId('D9'), pinpoint: '' }, // partly verified
      { authorityId: catalogueAuthorityId('P1'), pinpoint: '' }, // draft law
    );
    const { bytes, report } = await buildBundle({ snapshot: s.snapshot, options: { profile: 'internal', numbering: 'consecutive', sections: ['F', 'G'] }, fonts: loadFonts(), readFile: s.readFile });
    const pdf = await readBack(bytes);
    const g = report.pageMap.find((d) => d.key === 'authorities')!;
    const text = pdf.texts.slice(g.firstPage - 1, g.lastPage).join('\n');
    expect(text).toMatch(/art\. 189\.1 CP[\s\S]*verified/);
    expect(text).toMatch(/Art\. 35 DSA[\s\S]*partly verified —\s+verify before filing/);
    expect(text).toContain('DRAFT — not law');
    expect(text).toContain('Other authorities and draft law');
    const warning = report.warnings.find((w) => w.code === 'authority-unverified');
    expect(warning?.message).toContain('2 cited authorities');
  });
});

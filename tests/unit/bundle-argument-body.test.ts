import { beforeAll, describe, expect, it } from 'vitest';
import { buildBundle, type BundleResult } from '../../shared/bundle';
import { catalogueAuthorityId } from '../../shared/legal/catalogue';
import { loadFonts, sampleCase } from '../fixtures/bundle/sample-case';
import { readBack, type ReadBack } from '../fixtures/bundle/read-pdf';

let result: BundleResult;
let pdf: ReadBack;
const cite = (kind: string, id: string) => ({ type: 'citation', attrs: { kind, id, pinpoint: null } });

beforeAll(async () => {
  const sample = await sampleCase();
  const [argument] = sample.snapshot.arguments;
  sample.snapshot.arguments = [{
    ...argument!,
    legalBasis: [...argument!.legalBasis, { authorityId: catalogueAuthorityId('E1'), pinpoint: '' }],
    // Only the body cites E-0003, so a link to it can only come from the body.
    body: { type: 'doc', content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'The platform kept the post online after notice ' }, cite('exhibit', 'ev-3'), { type: 'text', text: '.' }] },
      { type: 'orderedList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'It was told on the day ' }, cite('fact', 'f-1')] }] }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'A removed item ' }, cite('exhibit', 'gone')] },
    ] },
  }];
  result = await buildBundle({
    snapshot: sample.snapshot,
    options: { profile: 'internal', numbering: 'consecutive', includeRestricted: true, bundleDate: '2026-03-10', deterministic: true, preparedBy: 'X', confidentialityLegend: 'C' },
    fonts: loadFonts(),
    readFile: sample.readFile,
  });
  pdf = await readBack(result.bytes);
}, 30_000);

describe('an argument body in the bundle', () => {
  it('prints the body after the key values, with catalogue citations and linked exhibit citations', () => {
    const arg = result.report.pageMap.find((d) => d.key === 'argument:a-1')!;
    const text = pdf.texts.slice(arg.firstPage - 1, arg.lastPage).join('\n');
    expect(text).toContain('art. 189.1 CP');
    expect(text).toContain('The platform kept the post online after notice [E-0003].');
    expect(text).toMatch(/1\. It was told on the day \[Fact \d+\]/);
    expect(text).toContain('[broken citation: exhibit missing]');
    const exhibit = result.report.pageMap.find((d) => d.key === 'exhibit:ev-3')!;
    expect(pdf.links.filter((l) => l.pageIndex === arg.firstPage - 1).map((l) => l.targetPage)).toContain(exhibit.firstPage - 1);
    expect(result.report.warnings.some((w) => w.message.includes('broken citation'))).toBe(true);
  });
});

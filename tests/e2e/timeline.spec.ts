import { expect, test, type Page } from '@playwright/test';
import { ChronologyPage } from './pages/chronology-page';
import { EvidencePage } from './pages/evidence-page';
import { PartiesPage } from './pages/parties-page';
import { TimelinePage } from './pages/timeline-page';
import { openCaseId } from './support/indexeddb';
import { dayFact, seed } from './support/seed';

// Many steps through the UI on a shared, loaded machine.
test.slow();

async function registerEvidence(page: Page, title: string): Promise<void> {
  await new EvidencePage(page).registerByTitle(title);
}

test('the timeline draws facts of every precision to scale; a cluster expands; an exhibit opens the evidence item', async ({ page }) => {
  const parties = new PartiesPage(page);
  const chronology = new ChronologyPage(page);
  const timeline = new TimelinePage(page);
  const evidence = new EvidencePage(page);
  await parties.openNewCase('Doe v X Corp');
  await parties.goTo('Evidence');
  await registerEvidence(page, 'Grok reply generating the image');
  await parties.goTo('Chronology');
  await chronology.add({ precision: 'Month', month: '2026-03', text: 'X publishes its transparency report.' });
  await chronology.add({ precision: 'Between two days', day: '2026-01-01', endDay: '2026-01-05', text: 'Grok generates sexualised images on request.' });
  await chronology.add({ precision: 'Day', day: '2026-02-10', text: 'Grok replies with the image.', exhibits: [{ exhibitNo: 'E-0001', pinpoint: 'p. 2' }] });
  await chronology.add({ precision: 'Before a day', day: '2026-02-01', text: 'X knew of the misuse.', status: 'Disputed by the other side' });
  await chronology.add({ precision: 'Around a day', day: '2026-01-20', text: 'The images reach the school.' });
  await chronology.add({ precision: 'Undated', text: 'Classmates share the image.' });
  // Eight facts on one day: more than the lanes can hold apart.
  await seed(page, openCaseId(page), { facts: Array.from({ length: 8 }, (_, i) => dayFact(20 + i, '2026-02-20', `Complaint number ${i + 1} reaches X.`)) });

  await timeline.show('All facts', 'Timeline');
  await expect(timeline.fact('Fact 1, March 2026, Undisputed')).toBeVisible();
  await expect(timeline.fact('Fact 2, between 1 and 5 Jan 2026')).toBeVisible();
  await expect(timeline.fact('Fact 4, before 1 Feb 2026, Disputed by the other side')).toContainText('Fact 4 · disputed');
  await expect(timeline.fact('Fact 5, c. 20 Jan 2026')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Undated: 1 fact' })).toContainText('Classmates share the image.');

  // To scale: the month's band is about 31/5 as wide as the five-day range's.
  const month = await timeline.width(timeline.fact('Fact 1,').locator('.timeline__band'));
  const range = await timeline.width(timeline.fact('Fact 2,').locator('.timeline__band'));
  expect(month / range).toBeGreaterThan(5);
  expect(month / range).toBeLessThan(7.5);
  await page.screenshot({ path: 'test-results/timeline-sparse.png', fullPage: true });

  // A cluster opens from the keyboard and lists its facts.
  await timeline.cluster(8).focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('region', { name: /^8 facts, 20 Feb 2026/ });
  await expect(panel.getByRole('button', { name: /^Fact \d+/ })).toHaveCount(8);
  await expect(timeline.cluster(8)).toHaveAttribute('aria-expanded', 'true');
  await page.screenshot({ path: 'test-results/timeline-cluster.png', fullPage: true });
  await panel.getByRole('button', { name: /^Fact 21/ }).click();
  await expect(timeline.openFact.getByRole('heading', { name: 'Fact 21' })).toBeVisible();
  await expect(timeline.openFact).toContainText('Complaint number 2 reaches X.');

  // Open a fact from the drawing, then follow its exhibit to the evidence item.
  await timeline.fact('Fact 3, 10 Feb 2026').click();
  await expect(timeline.openFact.getByRole('heading', { name: 'Fact 3' })).toBeVisible();
  await timeline.openFact.getByRole('link', { name: 'E-0001 (p. 2)' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Evidence' })).toBeVisible();
  await expect(evidence.detail.getByRole('heading', { level: 3 }).first()).toContainText('E-0001');
});

test('zoom separates facts and "fit all" brings every fact back', async ({ page }) => {
  const parties = new PartiesPage(page);
  const timeline = new TimelinePage(page);
  await parties.openNewCase('Zoom case');
  await parties.goTo('Chronology');
  await seed(page, openCaseId(page), {
    facts: [
      ...Array.from({ length: 7 }, (_, i) => dayFact(i + 1, `2026-03-0${i + 1}`, `Report ${i + 1} to X.`)),
      dayFact(8, '2020-06-01', 'X launches the feature.'),
    ],
  });
  await timeline.show('All facts', 'Timeline');
  await expect(timeline.cluster(7)).toBeVisible();
  await timeline.cluster(7).click();
  await page.getByRole('button', { name: 'Zoom into this period' }).click();
  await expect(timeline.fact('Fact 1, 1 Mar 2026')).toBeVisible();
  await expect(timeline.fact('Fact 7, 7 Mar 2026')).toBeVisible();
  await expect(page.getByText('1 earlier and 0 later facts are outside this view.')).toBeVisible();
  await timeline.fact('Fact 4, 4 Mar 2026').focus();
  await page.keyboard.press('Enter');
  await expect(timeline.openFact.getByRole('heading', { name: 'Fact 4' })).toBeVisible();
  await timeline.zoom('Fit all');
  await expect(timeline.fact('Fact 8, 1 Jun 2020')).toBeVisible();
});

test('a thousand facts draw quickly, clustered, with nothing overlapping', async ({ page }) => {
  const parties = new PartiesPage(page);
  const timeline = new TimelinePage(page);
  await parties.openNewCase('Large case');
  await parties.goTo('Chronology');
  const day = (i: number) => new Date(Date.UTC(2024, 0, 1) + Math.round(i * 1.1) * 86_400_000).toISOString().slice(0, 10);
  const statuses = ['undisputed', 'disputed-by-us', 'undisputed', 'prospective'];
  await seed(page, openCaseId(page), { facts: Array.from({ length: 1000 }, (_, i) => dayFact(i + 1, day(i), `Event ${i + 1}.`, { status: statuses[i % 4] })) });
  await timeline.show('All facts', 'Timeline');
  const started = Date.now();
  await expect(timeline.drawing).toBeVisible();
  await expect(timeline.drawing.getByRole('button', { name: /facts close together/ }).first()).toBeVisible();
  expect(Date.now() - started).toBeLessThan(3000);
  await page.screenshot({ path: 'test-results/timeline-dense.png', fullPage: true });
  // Zooming in draws some facts on their own again.
  for (let i = 0; i < 5; i += 1) await timeline.zoom('Zoom in');
  await expect(timeline.drawing.getByRole('button', { name: /^Fact \d+, / }).first()).toBeVisible();
  await page.screenshot({ path: 'test-results/timeline-dense-zoomed.png', fullPage: true });
});

test('"Undisputed facts" shows only those; "Facts by issue" groups facts under their arguments', async ({ page }) => {
  const parties = new PartiesPage(page);
  const chronology = new ChronologyPage(page);
  const timeline = new TimelinePage(page);
  await parties.openNewCase('Issues case');
  await parties.goTo('Chronology');
  await chronology.add({ precision: 'Day', day: '2026-01-05', text: 'Grok generates the image.' });
  await chronology.add({ precision: 'Day', day: '2026-01-06', text: 'X refuses to remove it.', status: 'Disputed by the other side' });
  await chronology.add({ precision: 'Day', day: '2026-01-07', text: 'The regulator opens an inquiry.' });
  await timeline.show('Undisputed facts');
  const undisputed = page.getByRole('table', { name: 'Undisputed facts in date order' });
  await expect(undisputed.getByRole('rowheader')).toHaveText(['Fact 1', 'Fact 3']);
  await expect(page.getByText('2 of 3 facts')).toBeVisible();

  // Arguments have no screen on this branch yet: the rows are written as the arguments feature stores them.
  const caseId = openCaseId(page);
  const factId = (n: number) => page.evaluate(async (n) => {
    const db = await new Promise<IDBDatabase>((r) => { const q = indexedDB.open('expediente'); q.onsuccess = () => r(q.result); });
    const all = await new Promise<{ id: string; number: number }[]>((r) => { const q = db.transaction('facts').objectStore('facts').getAll(); q.onsuccess = () => r(q.result); });
    db.close();
    return all.find((f) => f.number === n)!.id;
  }, n);
  const [f1, f2] = [await factId(1), await factId(2)];
  const argument = (id: string, heading: string, order: number) => ({ id, heading, order, theory: 'other', legalBasis: [], elements: [], counterArguments: [] });
  await seed(page, caseId, {
    arguments: [argument('arg-gdpr', 'Unlawful processing of a child’s data (GDPR)', 2), argument('arg-dsa', 'Failure of the duty of care (DSA)', 1)],
    update: [{ store: 'facts', key: f1, fields: { argumentIds: ['arg-dsa', 'arg-gdpr'] } }, { store: 'facts', key: f2, fields: { argumentIds: ['arg-dsa'] } }],
  });
  await timeline.show('Facts by issue');
  const groups = page.getByRole('table');
  await expect(groups).toHaveCount(3);
  await expect(groups.nth(0)).toHaveAccessibleName('Facts on: Failure of the duty of care (DSA)');
  await expect(groups.nth(0).getByRole('rowheader')).toHaveText(['Fact 1', 'Fact 2']);
  await expect(groups.nth(1)).toHaveAccessibleName('Facts on: Unlawful processing of a child’s data (GDPR)');
  await expect(groups.nth(1).getByRole('rowheader')).toHaveText(['Fact 1']);
  await expect(groups.nth(2)).toHaveAccessibleName('Facts with no issue linked');
  await expect(groups.nth(2).getByRole('rowheader')).toHaveText(['Fact 3']);
  await page.screenshot({ path: 'test-results/facts-by-issue.png', fullPage: true });

  // The table sorts by a column; a second press reverses it.
  await timeline.show('All facts', 'Table');
  await page.getByRole('columnheader', { name: 'Status' }).getByRole('button').click();
  await expect(page.getByRole('table', { name: 'Facts by status' }).getByRole('rowheader')).toHaveText(['Fact 1', 'Fact 3', 'Fact 2']);
  await page.getByRole('columnheader', { name: 'No.' }).getByRole('button').click();
  await page.getByRole('columnheader', { name: 'No.' }).getByRole('button').click();
  await expect(page.getByRole('columnheader', { name: 'No.' })).toHaveAttribute('aria-sort', 'descending');
  await expect(page.getByRole('table', { name: 'Facts in number order' }).getByRole('rowheader')).toHaveText(['Fact 3', 'Fact 2', 'Fact 1']);
  await page.getByRole('columnheader', { name: 'Date' }).getByRole('button').click();
  await expect(chronology.order).toHaveText(['Fact 1', 'Fact 2', 'Fact 3']);

  // The issue filter works in every view.
  await page.getByRole('group', { name: 'Filter the chronology' }).getByLabel('Issue').selectOption({ label: 'Unlawful processing of a child’s data (GDPR)' });
  await expect(chronology.order).toHaveText(['Fact 1']);
  await page.getByRole('group', { name: 'Filter the chronology' }).getByLabel('Issue').selectOption({ label: 'No issue linked' });
  await expect(chronology.order).toHaveText(['Fact 3']);
});

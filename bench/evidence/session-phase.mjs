// A short working session on the register, as a paralegal has it once the case is open: sorts, searches, and tags
// arriving from another window. The renderer's memory is sampled every 200 ms throughout; the peaks are reported.

const sorts = ['Title', 'Captured', 'Platform', 'Title', 'Exhibit'];
const searches = ['deepfake', 'nino grok', '"deepfake sexual"', 'account9', ''];

/**
 * `page`: the app, on the case's register, whole. `openCoder`: a second page of the bench (another window).
 * `sample`: the renderer's memory now ({ rss, private } in MB).
 */
export async function workingSession({ page, openCoder, caseId, sample }) {
  const peak = { rss: 0, private: 0 };
  const take = () => {
    const now = sample();
    peak.rss = Math.max(peak.rss, now.rss);
    peak.private = Math.max(peak.private, now.private);
  };
  take();
  const ticking = setInterval(take, 200);
  try {
    for (const column of sorts) {
      await page.locator('[role="columnheader"] button', { hasText: column }).first().click();
      await page.waitForTimeout(700);
    }
    const box = page.getByRole('searchbox', { name: 'Search evidence' });
    for (const text of searches) {
      await box.fill(text);
      await page.waitForTimeout(800);
    }
    const coder = await openCoder();
    await page.bringToFront();
    for (let i = 0; i < 10; i += 1) {
      const exhibitNo = `E-${String(1 + (i >> 1)).padStart(4, '0')}`;
      await coder.evaluate(([id, no, adding]) => window.expedienteBench.codeOne(id, no, 'Hot', adding), [caseId, exhibitNo, i % 2 === 0]);
      await page.waitForTimeout(300);
    }
    await coder.close();
    await page.waitForTimeout(1000);
  } finally {
    clearInterval(ticking);
  }
  take();
  return { peak, end: sample() };
}

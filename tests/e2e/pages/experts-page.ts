import { expect, type Locator, type Page } from '@playwright/test';

export interface FindingFields {
  text: string;
  exhibits?: { exhibitNo: string; pinpoint: string }[];
  facts?: string; // as typed, e.g. 'Fact 1'
}

export interface ReportFields {
  title: string;
  expert?: string; // option label, e.g. 'Dr Ana Ruiz' or 'V-1'
  date?: string;
  qualifications?: string;
  instructions?: { date: string; text: string }[];
  conclusions?: string;
  rangeOfOpinion?: string;
  findings?: FindingFields[];
}

/** The Expert reports section of one case. */
export class ExpertsPage {
  constructor(readonly page: Page) {}

  get table(): Locator {
    return this.page.getByRole('table', { name: 'Expert reports of the case' });
  }

  row(title: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: title }) });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** The open report, found by its heading. */
  report(title: string): Locator {
    return this.page.getByRole('article', { name: title });
  }

  get checklist(): Locator {
    return this.page.getByRole('table', { name: 'Completeness checklist (CPR PD35 para 3.2)' });
  }

  checklistRow(requirement: string): Locator {
    return this.checklist.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: requirement, exact: true }) });
  }

  finding(n: number): Locator {
    return this.dialog.getByRole('group', { name: `Finding ${n}`, exact: true });
  }

  async fill(fields: ReportFields): Promise<void> {
    const d = this.dialog;
    await d.getByRole('textbox', { name: /^Title/ }).fill(fields.title);
    if (fields.expert) await d.getByLabel('Expert', { exact: true }).selectOption({ label: fields.expert });
    if (fields.date) await d.getByLabel('Date of the report').fill(fields.date);
    if (fields.qualifications !== undefined) await d.getByLabel('Qualifications').fill(fields.qualifications);
    for (const [i, ins] of (fields.instructions ?? []).entries()) {
      await d.getByRole('button', { name: 'Add an instruction' }).click();
      await d.getByLabel('Date received').nth(i).fill(ins.date);
      await d.getByLabel('Instruction', { exact: true }).nth(i).fill(ins.text);
    }
    if (fields.conclusions !== undefined) await d.getByLabel('Summary of conclusions').fill(fields.conclusions);
    if (fields.rangeOfOpinion !== undefined) await d.getByLabel('Range of opinion').fill(fields.rangeOfOpinion);
    for (const [i, f] of (fields.findings ?? []).entries()) {
      await d.getByRole('button', { name: 'Add a finding' }).click();
      const finding = this.finding(i + 1);
      await finding.getByLabel('Finding', { exact: true }).fill(f.text);
      for (const [j, link] of (f.exhibits ?? []).entries()) {
        await finding.getByRole('button', { name: 'Link an exhibit' }).click();
        await finding.getByLabel('Exhibit number').nth(j).fill(link.exhibitNo);
        await finding.getByLabel('Pinpoint').nth(j).fill(link.pinpoint);
      }
      if (f.facts !== undefined) await finding.getByLabel('Facts it rests on').fill(f.facts);
    }
  }

  async add(fields: ReportFields): Promise<void> {
    await this.page.getByRole('button', { name: 'Add expert report' }).click();
    await expect(this.page.getByRole('dialog', { name: 'Add expert report' })).toBeVisible();
    await this.fill(fields);
    await this.dialog.getByRole('button', { name: 'Add report' }).click();
    await expect(this.dialog).toBeHidden();
  }
}

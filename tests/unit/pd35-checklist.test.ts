import { describe, expect, it } from 'vitest';
import { isComputedItem, pd35Checklist, pd35Items, withMark, type ChecklistReport } from '@shared/experts/pd35-checklist';
import { instructionsAsText, parseFactNumbers, reportFormSchema, blankReportForm } from '@shared/experts/report-input';

const empty: ChecklistReport = { qualifications: '', conclusions: '', instructionList: [], rangeOfOpinion: '', checklist: {} };

describe('PD35 checklist', () => {
  it('lists the nine items of para 3.2 (with the statement of truth) and says all are missing on an empty report', () => {
    const state = pd35Checklist(empty);
    expect(state.rows.map((r) => r.item)).toEqual(pd35Items);
    expect(state.rows).toHaveLength(9);
    expect(state.complete).toBe(0);
    expect(state.applicable).toBe(9);
    expect(state.missing).toEqual(pd35Items);
    expect(state.isComplete).toBe(false);
  });

  it('computes the items the report fields prove, ignoring whitespace', () => {
    const state = pd35Checklist({
      ...empty, qualifications: 'PhD', conclusions: '  ', rangeOfOpinion: 'Some disagree.', instructionList: [{ date: '2026-01-10', text: 'Examine E-0002' }],
    });
    const byItem = Object.fromEntries(state.rows.map((r) => [r.item, r]));
    expect(byItem.qualifications).toEqual({ item: 'qualifications', state: 'complete', source: 'data' });
    expect(byItem['material-instructions']!.state).toBe('complete');
    expect(byItem['range-of-opinion']!.state).toBe('complete');
    expect(byItem['summary-of-conclusions']).toEqual({ item: 'summary-of-conclusions', state: 'missing', source: 'data' });
    expect(state.complete).toBe(3);
  });

  it('takes user ticks for items only the signed report can show, but not over empty fields', () => {
    const state = pd35Checklist({ ...empty, checklist: { 'statement-of-truth': 'present', qualifications: 'present' } });
    expect(state.rows.find((r) => r.item === 'statement-of-truth')).toEqual({ item: 'statement-of-truth', state: 'complete', source: 'user' });
    expect(state.rows.find((r) => r.item === 'qualifications')!.state).toBe('missing');
  });

  it('leaves not-applicable items out of the count, so a non-UK report can be complete', () => {
    const full: ChecklistReport = {
      qualifications: 'PhD', conclusions: 'Synthetic.', rangeOfOpinion: 'None differ.', instructionList: [{ date: null, text: 'x' }],
      checklist: { literature: 'present', 'facts-own-knowledge': 'present', tests: 'present', 'duty-to-court': 'present', 'statement-of-truth': 'not-applicable' },
    };
    const state = pd35Checklist(full);
    expect(state).toMatchObject({ complete: 8, applicable: 8, notApplicable: 1, missing: [], isComplete: true });
    // Not applicable wins even over a filled field.
    expect(pd35Checklist({ ...full, checklist: { ...full.checklist, qualifications: 'not-applicable' } }).rows[0]!.state).toBe('not-applicable');
  });

  it('drops a "present" tick on a computed item and clears a mark with null', () => {
    expect(isComputedItem('qualifications')).toBe(true);
    expect(isComputedItem('literature')).toBe(false);
    expect(withMark({}, 'qualifications', 'present')).toEqual({});
    expect(withMark(undefined, 'qualifications', 'not-applicable')).toEqual({ qualifications: 'not-applicable' });
    expect(withMark({ literature: 'present' }, 'literature', null)).toEqual({});
  });
});

describe('report form input', () => {
  it('reads fact numbers the way lawyers cite them', () => {
    expect(parseFactNumbers('Fact 12, 14; fact 3, Hecho 12')).toEqual([12, 14, 3]);
    expect(parseFactNumbers('')).toEqual([]);
    expect(parseFactNumbers('Fact twelve')).toBeNull();
    expect(parseFactNumbers('0')).toBeNull();
  });

  it('says which field is wrong', () => {
    const result = reportFormSchema.safeParse({
      ...blankReportForm, date: '2026-02-30', instructions: [{ date: '', text: '' }],
      findings: [{ id: '', text: 'x', evidence: [], facts: 'twelve' }],
    });
    expect(result.success).toBe(false);
    const issues = result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
    expect(issues).toEqual(expect.arrayContaining([
      'title:validation.required', 'date:validation.date', 'instructions.0.text:validation.required', 'findings.0.facts:experts.validation.factNumbers',
    ]));
  });

  it('writes the instruction list as one text for older readers', () => {
    expect(instructionsAsText([{ date: '2026-01-10', text: 'Examine E-0002.' }, { date: null, text: 'Report by March.' }]))
      .toBe('2026-01-10: Examine E-0002.\nReport by March.');
  });
});

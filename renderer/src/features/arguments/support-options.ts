import type { TFunction } from 'i18next';
import type { ElementSupport } from '@shared/legal/argument-input';
import type { ArgumentsData } from './use-arguments';
import type { OptionGroup } from './authority-options';

const clip = (text: string, n = 70) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

/** How one piece of support reads: "Fact 12", "E-0003 (p. 4)", "Finding: …". Archived targets say so. */
export function supportLabel(s: Pick<ElementSupport, 'kind' | 'id' | 'pinpoint'>, data: ArgumentsData, t: TFunction): { text: string; isBroken: boolean } {
  if (s.kind === 'fact') {
    const f = data.facts.find((x) => x.id === s.id);
    return f ? { text: t('chronology.factNumber', { number: f.number }), isBroken: f.archivedAt !== null } : { text: t('arguments.editor.brokenMissing'), isBroken: true };
  }
  if (s.kind === 'evidence') {
    const e = data.exhibits.find((x) => x.id === s.id);
    if (!e) return { text: t('arguments.editor.brokenMissing'), isBroken: true };
    return { text: s.pinpoint ? `${e.exhibitNo} (${s.pinpoint})` : e.exhibitNo, isBroken: e.archivedAt !== null };
  }
  const finding = data.findings.get(s.id);
  return finding
    ? { text: `${t('arguments.groups.findings')}: ${clip(finding.text, 50)}`, isBroken: finding.isArchived }
    : { text: t('arguments.editor.brokenMissing'), isBroken: true };
}

/** What an element can rest on, value "kind:id". */
export function supportOptionGroups(data: ArgumentsData, t: TFunction): OptionGroup[] {
  return [
    { label: t('arguments.groups.facts'), options: data.facts.filter((f) => !f.archivedAt).map((f) => ({ value: `fact:${f.id}`, label: `${t('chronology.factNumber', { number: f.number })} — ${clip(f.text)}` })) },
    { label: t('arguments.groups.exhibits'), options: data.exhibits.filter((e) => !e.archivedAt).map((e) => ({ value: `evidence:${e.id}`, label: `${e.exhibitNo} — ${clip(e.title)}` })) },
    {
      label: t('arguments.groups.findings'),
      options: [...data.findings.values()].filter((f) => !f.isArchived).map((f) => ({ value: `finding:${f.id}`, label: `${clip(f.reportTitle, 30)}: ${clip(f.text)}` })),
    },
  ].filter((g) => g.options.length > 0);
}

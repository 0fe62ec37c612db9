import i18next from 'i18next';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildFilingModel } from '../../shared/filing';
import { en } from '../../renderer/src/i18n/locales/en';
import { es } from '../../renderer/src/i18n/locales/es';
import { warningText } from '../../renderer/src/features/filing/warning-text';
import { NAMES } from '../fixtures/bundle/sample-case';
import { sampleFilingCase } from '../fixtures/filing/sample-filing';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({ resources: { en: { translation: en }, es: { translation: es } }, lng: 'es', fallbackLng: 'en', interpolation: { escapeValue: false } });
});

/** A filing whose warnings cover each wording: an unverified row, a draft, a broken citation, a ground without text named after a protected party. */
async function warnings() {
  const { snapshot, options } = await sampleFilingCase();
  const edited = {
    ...snapshot,
    evidence: snapshot.evidence.map((e) => (e.id === 'ev-2' ? { ...e, archivedAt: '2026-03-01T00:00:00Z' } : e)),
    arguments: snapshot.arguments.map((a) => (a.id === 'a-1' ? { ...a, heading: `Harm to ${NAMES.victim}`, body: undefined } : a)),
  };
  return buildFilingModel(edited, { ...options, citationStyle: 'inline' }).warnings;
}

describe('filing warnings in the interface language', () => {
  test('a Spanish screen words every warning in Spanish, with the citation, mark and heading filled in', async () => {
    const t = i18n.getFixedT('es');
    const texts = (await warnings()).map((w) => warningText(t, w));
    expect(texts).toContain('Art. 16 DSA: el catálogo lo marca como P; verifíquelo antes de presentar.');
    expect(texts.some((x) => /^.+ es un proyecto normativo, no derecho vigente/.test(x))).toBe(true);
    expect(texts).toContain('Una cita de E-0002 remite a algo archivado o eliminado; se imprime como cita rota.');
    expect(texts.some((x) => x.startsWith('«Harm to V-1» aún no tiene texto'))).toBe(true);
    expect(texts.join('\n')).not.toMatch(/verify before filing|catalogue|Łukasz/);
  });

  test('the values shown are pseudonymised like the message', async () => {
    const all = await warnings();
    expect(JSON.stringify(all)).not.toContain(NAMES.victim);
  });

  test('a wording the locale lacks falls back to the English message, never to a bare key', () => {
    const t = i18n.getFixedT('es');
    expect(warningText(t, { code: 'no-arguments', message: 'English fallback', key: 'not-a-key' })).toBe('English fallback');
  });
});

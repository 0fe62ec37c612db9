import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/src/i18n/locales/en';
import { es } from '../../renderer/src/i18n/locales/es';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

/** Each placeholder with its format, if any: `{{count, number}}` is `count, number`. */
const placeholders = (s: string) => [...s.matchAll(/{{\s*(\w+)\s*(,[^}]*)?}}/g)].map((m) => `${m[1]}${m[2]?.replace(/\s+/g, ' ') ?? ''}`).sort();

describe('translations', () => {
  const english = leaves(en);
  const spanish = leaves(es);

  it('Spanish has every English key and no other', () => {
    expect([...spanish.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('no string is left empty', () => {
    for (const [key, value] of [...english, ...spanish]) expect(value.trim(), key).not.toBe('');
  });

  it('Spanish keeps the same placeholders as English', () => {
    for (const [key, value] of english) expect(placeholders(spanish.get(key)!), key).toEqual(placeholders(value));
  });

  it('Spanish is actually translated where the words differ', () => {
    const same = [...english].filter(([key, value]) => spanish.get(key) === value).map(([key]) => key);
    // Brand, language names and the dash placeholder are the same in both languages.
    expect(same.sort()).toEqual([
      'app.name', 'archive.merge.no', 'backups.restore.mb', 'cases.none', 'evidence.detail.sha256', 'evidence.intake.registeredAs', 'evidence.kinds.chat',
      'evidence.sensitivities.normal', 'language.en', 'language.es',
    ]);
  });

  it('writes large counts the way each language does: the register of 100,000 items says so', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ resources: { en: { translation: en }, es: { translation: es } }, lng: 'en', interpolation: { escapeValue: false } });
    expect(i18n.t('evidence.page.count', { count: 100_000 })).toBe('100,000 items');
    expect(i18n.t('review.filter.countOf', { shown: 1_234, total: 100_000 })).toBe('1,234 of 100,000 items');
    expect(i18n.t('review.bulk.tickAll', { count: 1 })).toBe('Tick the 1 item shown');
    await i18n.changeLanguage('es');
    expect(i18n.t('evidence.page.count', { count: 100_000 })).toBe('100.000 pruebas');
    expect(i18n.t('review.bulk.selected', { count: 25_000 })).toBe('25.000 marcadas');
  });
});

import type { Locale } from '../domain/types';

/** Names of the default groups and tags, written in the case's language when the case is created. */
export const defaultTagNames: Record<Locale, Record<string, string>> = {
  en: {
    platform: 'Platform', x: 'X', meta: 'Meta/Facebook', instagram: 'Instagram', tiktok: 'TikTok', telegram: 'Telegram',
    otherPlatform: 'Other',
    harm: 'Harm', sexualDeepfake: 'Sexual deepfake', csam: 'CSAM', ncii: 'Non-consensual intimate image',
    harassment: 'Harassment', dataMisuse: 'Data misuse',
    review: 'Review', hot: 'Hot', relevant: 'Relevant', notRelevant: 'Not relevant', secondLook: 'Needs second look',
  },
  es: {
    platform: 'Plataforma', x: 'X', meta: 'Meta/Facebook', instagram: 'Instagram', tiktok: 'TikTok', telegram: 'Telegram',
    otherPlatform: 'Otra',
    harm: 'Daño', sexualDeepfake: 'Deepfake sexual', csam: 'MASI', ncii: 'Imagen íntima sin consentimiento',
    harassment: 'Acoso', dataMisuse: 'Uso indebido de datos',
    review: 'Revisión', hot: 'Clave', relevant: 'Relevante', notRelevant: 'No relevante', secondLook: 'Revisar de nuevo',
  },
};

/** The tag set every new platform-liability case starts with (editable per case). */
export interface DefaultGroup {
  key: string;
  isSingleChoice: boolean;
  tags: { key: string; colour: string; shortcut: string | null }[];
}

export const defaultTagGroups: readonly DefaultGroup[] = [
  {
    key: 'platform',
    isSingleChoice: true,
    tags: [
      { key: 'x', colour: '#1d1d1f', shortcut: 'x' },
      { key: 'meta', colour: '#1877f2', shortcut: 'm' },
      { key: 'instagram', colour: '#c13584', shortcut: 'i' },
      { key: 'tiktok', colour: '#25a3a0', shortcut: 't' },
      { key: 'telegram', colour: '#229ed9', shortcut: 'g' },
      { key: 'otherPlatform', colour: '#6b7280', shortcut: 'o' },
    ],
  },
  {
    key: 'harm',
    isSingleChoice: false,
    tags: [
      { key: 'sexualDeepfake', colour: '#b42318', shortcut: 'd' },
      { key: 'csam', colour: '#7a1111', shortcut: 'c' },
      { key: 'ncii', colour: '#c4320a', shortcut: 'n' },
      { key: 'harassment', colour: '#b54708', shortcut: 'h' },
      { key: 'dataMisuse', colour: '#6941c6', shortcut: 'u' },
    ],
  },
  {
    key: 'review',
    isSingleChoice: true,
    tags: [
      { key: 'hot', colour: '#d92d20', shortcut: '1' },
      { key: 'relevant', colour: '#039855', shortcut: '2' },
      { key: 'notRelevant', colour: '#667085', shortcut: '3' },
      { key: 'secondLook', colour: '#dc6803', shortcut: '4' },
    ],
  },
];

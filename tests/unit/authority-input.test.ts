import { describe, expect, it } from 'vitest';
import { authorityFormSchema, blankAuthorityForm, isEcli } from '@shared/legal/authority-input';

describe('user authority input', () => {
  it('accepts real ECLIs and refuses a bare court reference with its own message', () => {
    expect(isEcli('ECLI:EU:C:2014:317')).toBe(true);
    expect(isEcli('ECLI:ES:TS:2024:1234')).toBe(true);
    const bad = authorityFormSchema.safeParse({ ...blankAuthorityForm, citation: 'Google Spain', ecli: 'EU:C:2014:317' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['ecli', 'arguments.validation.ecli']]);
    expect(authorityFormSchema.safeParse({ ...blankAuthorityForm, citation: 'Google Spain', ecli: 'ECLI:EU:C:2014:317' }).success).toBe(true);
  });
});

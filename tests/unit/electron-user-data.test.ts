import { describe, expect, it } from 'vitest';
import { userDataOverride } from '../../electron/main/user-data';

describe('userDataOverride (fresh profile for end-to-end runs)', () => {
  it('uses an absolute EXPEDIENTE_USER_DATA', () => {
    expect(userDataOverride({ EXPEDIENTE_USER_DATA: '/tmp/expediente-e2e-1' })).toBe('/tmp/expediente-e2e-1');
  });

  it('ignores it when unset, empty or relative', () => {
    expect(userDataOverride({})).toBeNull();
    expect(userDataOverride({ EXPEDIENTE_USER_DATA: '' })).toBeNull();
    expect(userDataOverride({ EXPEDIENTE_USER_DATA: 'profile' })).toBeNull();
  });
});

import { ethnicGroupOptions } from '@pcmt/contracts';
import { ethnicGroups } from '@pcmt/domain';
import { describe, expect, it } from 'vitest';

/** The web's copy of the 54 ethnic groups (contracts do not depend on the domain) stays the domain's table. */
describe('reference lists shared with the web', () => {
  it('offers exactly the domain’s 54 ethnic groups, codes, names and spellings', () => {
    expect(ethnicGroupOptions).toHaveLength(54);
    expect(ethnicGroupOptions).toEqual(
      ethnicGroups.map((g) => ({ code: g.code, name: g.name, variants: g.spellingVariants })),
    );
  });
});

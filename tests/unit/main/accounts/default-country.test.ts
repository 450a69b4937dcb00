import { describe, expect, it } from 'vitest';
import { DefaultCountry } from '../../../../src/main/accounts/default-country';

function accountsWith(countries: (string | undefined)[]) {
  let reads = 0;
  const source = {
    list: () => countries.map((_, index) => ({ id: `a${index}` })),
    settingsOf: (id: string) => {
      reads++;
      const country = countries[Number(id.slice(1))];
      return country === undefined ? {} : { 'numberModification.defaultCountry': country };
    },
  };
  return { source, reads: () => reads };
}

describe('DefaultCountry', () => {
  it("is the first account's country, read once until forgotten", () => {
    const countries: (string | undefined)[] = ['AT', 'CH'];
    const accounts = accountsWith(countries);
    const country = new DefaultCountry(accounts.source);
    expect(country.get()).toBe('AT');
    countries[0] = 'FR';
    expect(country.get()).toBe('AT');
    expect(accounts.reads()).toBe(1);
    country.forget();
    expect(country.get()).toBe('FR');
  });

  it('is DE without an account or when the first names none', () => {
    expect(new DefaultCountry(accountsWith([]).source).get()).toBe('DE');
    expect(new DefaultCountry(accountsWith(['']).source).get()).toBe('DE');
    expect(new DefaultCountry(accountsWith([undefined, 'AT']).source).get()).toBe('DE');
  });
});

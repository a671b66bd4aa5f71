import { validate } from 'class-validator';
import { IsCatalogCode, isCatalogCode, IsRegionCode, isRegionCode } from './codes';

class Input {
  @IsRegionCode()
  communityCode: unknown;

  @IsRegionCode('所在区划')
  labelled: unknown;

  @IsCatalogCode()
  factType: unknown;

  @IsCatalogCode(undefined, { each: true })
  factTypes: unknown;
}

async function problems(values: Partial<Input>): Promise<Record<string, string[]>> {
  const input = Object.assign(new Input(), {
    communityCode: '621022100001',
    labelled: '621022000000',
    factType: 'MARITAL_STATUS',
    factTypes: ['IDENTITY'],
    ...values,
  });
  const errors = await validate(input);
  return Object.fromEntries(errors.map((e) => [e.property, Object.values(e.constraints ?? {})]));
}

describe('region and catalog codes', () => {
  it.each(['621022100001', '000000000000'])('takes %s for a region code', (code) => {
    expect(isRegionCode(code)).toBe(true);
  });

  it.each(['62102210000', '6210221000011', '62102210000a', '６２１０２２１０００01', '', 621022100001, null])(
    'does not take %p for a region code',
    (code) => {
      expect(isRegionCode(code)).toBe(false);
    },
  );

  it.each(['HX_MZ', 'MARITAL_STATUS', 'A1'])('takes %s for a catalog code', (code) => {
    expect(isCatalogCode(code)).toBe(true);
  });

  it.each(['hx_mz', 'A', '1ABC', 'A-B', `A${'B'.repeat(64)}`, '', 42])(
    'does not take %p for a catalog code',
    (code) => {
      expect(isCatalogCode(code)).toBe(false);
    },
  );

  it('accepts well-formed input', async () => {
    expect(await problems({})).toEqual({});
  });

  it('names the field in Chinese: by its property, or by the label given', async () => {
    expect(
      await problems({ communityCode: '6210221', labelled: 'x', factType: 'bad code', factTypes: ['IDENTITY', 'x'] }),
    ).toEqual({
      communityCode: ['communityCode 须为 12 位数字区划代码'],
      labelled: ['所在区划 须为 12 位数字区划代码'],
      factType: ['factType 格式不正确'],
      factTypes: ['factTypes 中含有格式不正确的编码'],
    });
  });
});

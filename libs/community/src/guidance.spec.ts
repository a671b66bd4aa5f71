import { POLICY_BASIS, withPolicyBasis } from './guidance';

describe(withPolicyBasis.name, () => {
  it('adds the local policy after a certificate’s own basis', () => {
    expect(withPolicyBasis('《民法典》第一千零四十五条')).toBe(`《民法典》第一千零四十五条；${POLICY_BASIS}`);
  });

  it('does not repeat documents the basis already cites', () => {
    const basis =
      '《国办发〔2020〕42号》；《关于改进规范基层群众性自治组织出具证明工作的实施方案》（环民发〔2020〕131号）';
    const sut = withPolicyBasis(basis);
    expect(sut.match(/环民发〔2020〕131号/g)).toHaveLength(1);
    expect(sut).toContain('环民发〔2022〕138号');
    expect(sut.startsWith(basis)).toBe(true);
  });
});

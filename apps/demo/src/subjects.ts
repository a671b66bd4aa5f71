import { generatePopulation, loadSandboxConfig, samples } from '../../sandbox-sources/src';

// Prints synthetic residents of the demo population (not real people) with claims to try.
function main(): void {
  const config = loadSandboxConfig();
  const s = samples(generatePopulation({ seed: config.seed, size: config.size }));
  const rows = [
    ['MARITAL_STATUS', s.married.idNumber, s.married.name, { status: 'MARRIED', spouseIdNumber: s.spouse.idNumber }],
    ['MARITAL_STATUS', s.unmarriedAdult.idNumber, s.unmarriedAdult.name, { status: 'UNMARRIED' }],
    ['LOW_INCOME_ALLOWANCE', s.lowIncomeRecipient.idNumber, s.lowIncomeRecipient.name, { receiving: true }],
    ['LOW_INCOME_ALLOWANCE', s.nonRecipient.idNumber, s.nonRecipient.name, { receiving: true }],
    [
      'KINSHIP',
      s.parentChild.child.idNumber,
      s.parentChild.child.name,
      { relation: 'PARENT', relativeIdNumber: s.parentChild.parent.idNumber },
    ],
    ['DEATH', s.deceased.idNumber, s.deceased.name, { deceased: true }],
    ['UNEMPLOYMENT_REGISTRATION', s.registeredUnemployed.idNumber, s.registeredUnemployed.name, { registered: true }],
    ['ALIVE', s.livingPensioner.idNumber, s.livingPensioner.name, { alive: true }],
    ['MARITAL_STATUS', s.unknownIdNumber, '（不在人口库中）', { status: 'UNMARRIED' }],
  ];
  process.stdout.write('synthetic demo residents (seed ' + config.seed + '): factType, idNumber, name, claim\n');
  process.stdout.write(
    rows.map(([fact, id, name, claim]) => `${fact}\t${id}\t${name}\t${JSON.stringify(claim)}\n`).join(''),
  );
}

main();

import { Writable } from 'node:stream';
import type { LogLevel } from '../config/app-config';
import { createLogger, PinoNestLogger } from './logger';

const REDACTED = '[REDACTED]';

function setup(level: LogLevel = 'trace') {
  const lines: Record<string, any>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) lines.push(JSON.parse(line));
      callback();
    },
  });
  const sut = createLogger(level, destination);
  return { sut, lines, last: () => lines[lines.length - 1] };
}

describe(createLogger.name, () => {
  it('writes one JSON line per call with the level, message and service name', () => {
    const { sut, lines } = setup('info');
    sut.info({ requestId: 'r-1' }, 'hello');
    expect(lines).toEqual([
      expect.objectContaining({ level: 30, msg: 'hello', service: 'cert-gateway', requestId: 'r-1' }),
    ]);
    expect(typeof lines[0].time).toBe('string');
  });

  it('drops lines below the configured level', () => {
    const { sut, lines } = setup('warn');
    sut.info('not written');
    sut.warn('written');
    expect(lines.map((l) => l.msg)).toEqual(['written']);
  });

  it('redacts the authorization header of a request and keeps the other headers', () => {
    const { sut, last } = setup();
    sut.info(
      {
        req: {
          method: 'POST',
          url: '/graphql',
          headers: { authorization: 'Bearer eyJhbGciOi.secret.sig', 'content-type': 'application/json' },
        },
      },
      'request',
    );
    expect(last().req).toEqual({
      method: 'POST',
      url: '/graphql',
      headers: { authorization: REDACTED, 'content-type': 'application/json' },
    });
  });

  it('redacts a request cookie and body', () => {
    const { sut, last } = setup();
    sut.info({ req: { headers: { cookie: 'sid=abc' }, body: { idNumber: '620102199001011234' } } }, 'request');
    expect(last().req).toEqual({ headers: { cookie: REDACTED }, body: REDACTED });
  });

  it.each([
    ['at the top level', { idNumber: '620102199001011234' }, { idNumber: REDACTED }],
    [
      'one level down',
      { subject: { idNumber: '620102199001011234', name: '张三' } },
      { subject: { idNumber: REDACTED, name: '张三' } },
    ],
    [
      'two levels down',
      { request: { subject: { idNumber: '620102199001011234' } } },
      { request: { subject: { idNumber: REDACTED } } },
    ],
  ])('redacts an ID number %s', (_where, fields, expected) => {
    const { sut, last } = setup();
    sut.info(fields, 'verify');
    expect(last()).toMatchObject(expected);
    expect(JSON.stringify(last())).not.toContain('620102199001011234');
  });

  it.each(['token', 'password', 'secret', 'privateKey'])(
    'redacts a field named %s at the top level and one level down',
    (field) => {
      const { sut, last } = setup();
      sut.info({ [field]: 'sensitive-value-1', nested: { [field]: 'sensitive-value-2', kept: 'ok' } }, 'event');
      expect(last()[field]).toBe(REDACTED);
      expect(last().nested).toEqual({ [field]: REDACTED, kept: 'ok' });
      expect(JSON.stringify(last())).not.toContain('sensitive-value');
    },
  );

  it('redacts a token two levels down', () => {
    const { sut, last } = setup();
    sut.info({ source: { auth: { token: 'abc.def.ghi' } } }, 'event');
    expect(last().source).toEqual({ auth: { token: REDACTED } });
  });

  it('keeps ordinary fields untouched', () => {
    const { sut, last } = setup();
    const fields = {
      action: 'community.checkCertificate',
      communityCode: '621022100001',
      decision: 'REFUSED',
      count: 3,
      nested: { reason: 'COMMITMENT', ok: true },
    };
    sut.info(fields, 'checked');
    expect(last()).toMatchObject({ ...fields, msg: 'checked' });
  });
});

describe(PinoNestLogger.name, () => {
  it.each([
    ['log', 30],
    ['warn', 40],
    ['debug', 20],
    ['verbose', 10],
  ] as const)('forwards %s with its context', (method, level) => {
    const { sut: logger, lines } = setup('trace');
    const sut = new PinoNestLogger(logger);
    sut[method]('Nest application started', 'NestApplication');
    expect(lines).toEqual([
      expect.objectContaining({ level, msg: 'Nest application started', context: 'NestApplication' }),
    ]);
  });

  it('forwards errors with their trace and context', () => {
    const { sut: logger, lines } = setup('trace');
    const sut = new PinoNestLogger(logger);
    sut.error('could not connect', 'Error: boom\n    at x', 'PrismaService');
    expect(lines).toEqual([
      expect.objectContaining({
        level: 50,
        msg: 'could not connect',
        trace: 'Error: boom\n    at x',
        context: 'PrismaService',
      }),
    ]);
  });

  it('turns non-string messages into text', () => {
    const { sut: logger, last } = setup('info');
    new PinoNestLogger(logger).log(42, 'Ctx');
    expect(last()).toMatchObject({ msg: '42', context: 'Ctx' });
  });

  it('respects the logger level', () => {
    const { sut: logger, lines } = setup('info');
    const sut = new PinoNestLogger(logger);
    sut.debug('hidden', 'Ctx');
    sut.verbose('hidden', 'Ctx');
    sut.log('shown', 'Ctx');
    expect(lines.map((l) => l.msg)).toEqual(['shown']);
  });
});

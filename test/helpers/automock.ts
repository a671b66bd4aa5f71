import 'reflect-metadata';

// Unit tests build a service the way Nest would, with every constructor dependency replaced by
// a mock (after immich's newTestService): the class's own rules run, nothing else does.

type Class<T = any> = abstract new (...args: any[]) => T;

// Where Nest keeps the tokens of @Inject(TOKEN) parameters.
const SELF_DECLARED_DEPS = 'self:paramtypes';

// A mock of every method of the class and of its base classes. Strict: a method the test did
// not set up throws when called, naming itself, so an unexpected call fails the test instead of
// quietly returning undefined.
export function automock<T>(type: Class<T>): jest.Mocked<T> {
  const mock: Record<string, jest.Mock> = {};
  for (let proto = type.prototype; proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    for (const key of Object.getOwnPropertyNames(proto)) {
      if (key === 'constructor' || key in mock) continue;
      const descriptor = Object.getOwnPropertyDescriptor(proto, key);
      if (typeof descriptor?.value !== 'function') continue;
      const label = `${type.name}.${key}`;
      mock[key] = jest.fn(() => {
        throw new Error(`${label} was called, but the test did not set it up`);
      });
    }
  }
  return mock as unknown as jest.Mocked<T>;
}

export interface TestService<S> {
  sut: S;
  // the mock that stands for this dependency
  mock<T>(type: Class<T>): jest.Mocked<T>;
}

// `values` gives what a mock cannot stand for: injection tokens (@Inject(APP_CONFIG)) and
// classes whose fields the service reads (a real MetricsService). Every other constructor
// parameter must be a class, and gets a mock of it.
export function newTestService<S>(
  service: new (...args: any[]) => S,
  values: [unknown, unknown][] = [],
): TestService<S> {
  const given = new Map(values);
  const types: unknown[] = Reflect.getMetadata('design:paramtypes', service) ?? [];
  const tokens = new Map<number, unknown>(
    ((Reflect.getMetadata(SELF_DECLARED_DEPS, service) as { index: number; param: unknown }[] | undefined) ?? []).map(
      (d) => [d.index, d.param],
    ),
  );
  const mocks = new Map<unknown, jest.Mocked<unknown>>();
  const args = types.map((type, index) => {
    const token = tokens.get(index) ?? type;
    if (given.has(token)) return given.get(token);
    if (typeof token !== 'function' || token === Object)
      throw new Error(`${service.name}: constructor parameter ${index} (${String(token)}) needs a value`);
    const mock = automock(token as Class);
    mocks.set(token, mock);
    return mock;
  });
  return {
    sut: new service(...args),
    mock<T>(type: Class<T>): jest.Mocked<T> {
      const found = mocks.get(type);
      if (!found) throw new Error(`${service.name} has no mocked dependency ${type.name}`);
      return found as jest.Mocked<T>;
    },
  };
}

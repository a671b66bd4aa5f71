import { createServer } from 'node:net';
import type { AddressInfo, Socket } from 'node:net';
import { request } from 'undici';
import { classifyTransportError, TransportFailure as F } from './transport-error';

// what fetch (undici) rejects with: a TypeError whose cause is the system error
function fetchFailed(code: unknown): TypeError {
  return new TypeError('fetch failed', { cause: Object.assign(new Error(`connect ${String(code)}`), { code }) });
}

describe(classifyTransportError.name, () => {
  it.each([
    ['ECONNREFUSED', F.REFUSED, true],
    ['ECONNRESET', F.RESET, true],
    ['EPIPE', F.RESET, true],
    ['UND_ERR_SOCKET', F.RESET, true],
    ['UND_ERR_CLOSED', F.RESET, false],
    ['EHOSTUNREACH', F.UNREACHABLE, true],
    ['ENETUNREACH', F.UNREACHABLE, true],
    ['UND_ERR_CONNECT_TIMEOUT', F.UNREACHABLE, false],
    ['ETIMEDOUT', F.UNREACHABLE, false],
    ['EAI_AGAIN', F.NAME_NOT_FOUND, true],
    ['ENOTFOUND', F.NAME_NOT_FOUND, false],
    ['CERT_HAS_EXPIRED', F.TLS, false],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', F.TLS, false],
    ['EWHATEVER', F.OTHER, false],
  ])('reads %s from the cause as %s (retry: %s)', (code, failure, retryable) => {
    expect(classifyTransportError(fetchFailed(code))).toEqual({ failure, code, retryable });
  });

  it.each([
    ['UND_ERR_ABORTED', 'AbortError'],
    ['UND_ERR_HEADERS_TIMEOUT', 'HeadersTimeoutError'],
    ['UND_ERR_BODY_TIMEOUT', 'BodyTimeoutError'],
  ])('calls undici’s %s a TIMEOUT, not retried', (code, name) => {
    const err = Object.assign(new Error('x'), { code, name });
    expect(classifyTransportError(err)).toMatchObject({ failure: F.TIMEOUT, retryable: false });
  });

  it('reads a code on the error itself too', () => {
    expect(classifyTransportError(Object.assign(new Error('x'), { code: 'ECONNRESET' }))).toEqual({
      failure: F.RESET,
      code: 'ECONNRESET',
      retryable: true,
    });
  });

  it.each([
    new DOMException('The operation was aborted due to timeout', 'TimeoutError'),
    new DOMException('This operation was aborted', 'AbortError'),
    { name: 'TimeoutError' },
  ])('calls %p a TIMEOUT, which is not retried', (err) => {
    expect(classifyTransportError(err)).toEqual({ failure: F.TIMEOUT, code: null, retryable: false });
  });

  it.each([null, undefined, 'boom', 42, new Error('no code'), fetchFailed(7), fetchFailed('constructor')])(
    'calls %p OTHER, without a code it cannot trust',
    (err) => {
      const p = classifyTransportError(err);
      expect(p.failure).toBe(F.OTHER);
      expect(p.retryable).toBe(false);
    },
  );

  it('classifies what fetch really throws for a closed port and for a timeout', async () => {
    const server = createServer();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((r) => server.close(() => r()));
    const refused = await fetch(`http://127.0.0.1:${port}/`).catch((e: unknown) => e);
    expect(classifyTransportError(refused)).toEqual({ failure: F.REFUSED, code: 'ECONNREFUSED', retryable: true });

    const sockets: Socket[] = [];
    const silent = createServer((socket) => void sockets.push(socket)); // accepts, never answers
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/`;
      const timedOut = await fetch(url, { signal: AbortSignal.timeout(50) }).catch((e: unknown) => e);
      expect(classifyTransportError(timedOut).failure).toBe(F.TIMEOUT);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((r) => silent.close(() => r()));
    }
  });

  it('classifies what undici’s request() really throws: refused, dropped, timed out', async () => {
    const server = createServer();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((r) => server.close(() => r()));
    const refused = await request(`http://127.0.0.1:${port}/`).catch((e: unknown) => e);
    expect(classifyTransportError(refused)).toEqual({ failure: F.REFUSED, code: 'ECONNREFUSED', retryable: true });

    const sockets: Socket[] = [];
    const dropping = createServer((socket) => socket.once('data', () => socket.destroy()));
    const silent = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((r) => dropping.listen(0, '127.0.0.1', r));
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    try {
      const dropped = await request(`http://127.0.0.1:${(dropping.address() as AddressInfo).port}/`).catch(
        (e: unknown) => e,
      );
      expect(classifyTransportError(dropped)).toEqual({ failure: F.RESET, code: 'UND_ERR_SOCKET', retryable: true });
      const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/`;
      const timedOut = await request(url, { signal: AbortSignal.timeout(50) }).catch((e: unknown) => e);
      expect(classifyTransportError(timedOut).failure).toBe(F.TIMEOUT);
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 20);
      const aborted = await request(url, { signal: controller.signal }).catch((e: unknown) => e);
      expect(classifyTransportError(aborted).failure).toBe(F.TIMEOUT);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((r) => dropping.close(() => r()));
      await new Promise<void>((r) => silent.close(() => r()));
    }
  });
});

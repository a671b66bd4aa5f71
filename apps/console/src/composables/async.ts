import { onBeforeUnmount, ref, shallowRef, type Ref } from 'vue';
import type { Connection } from './types';

// Loading, error and result of one call, for a page to show; the latest call wins.
export function useAsync<T, A extends unknown[]>(fn: (...args: A) => Promise<T>) {
  const data = shallowRef<T | null>(null) as Ref<T | null>;
  const error = shallowRef<unknown>(null);
  const loading = ref(false);
  let seq = 0;
  async function run(...args: A): Promise<T | null> {
    const mine = ++seq;
    loading.value = true;
    error.value = null;
    try {
      const result = await fn(...args);
      if (mine === seq) data.value = result;
      return result;
    } catch (err) {
      if (mine === seq) error.value = err;
      return null;
    } finally {
      if (mine === seq) loading.value = false;
    }
  }
  return { data, error, loading, run };
}

// A list the API pages with first/after: the cursors seen so far allow going back.
export function usePaged<T>(fetchPage: (first: number, after: string | null) => Promise<Connection<T>>, size = 20) {
  const nodes = shallowRef<T[]>([]) as Ref<T[]>;
  const totalCount = ref(0);
  const hasNext = ref(false);
  const page = ref(1);
  const loading = ref(false);
  const error = shallowRef<unknown>(null);
  const loaded = ref(false);
  let cursors: (string | null)[] = [null];
  let endCursor: string | null = null;
  let seq = 0;

  async function load(): Promise<void> {
    const mine = ++seq;
    loading.value = true;
    error.value = null;
    try {
      const c = await fetchPage(size, cursors[page.value - 1]);
      if (mine !== seq) return;
      nodes.value = c.nodes;
      totalCount.value = c.totalCount;
      hasNext.value = c.pageInfo.hasNextPage;
      endCursor = c.pageInfo.endCursor ?? null;
      loaded.value = true;
    } catch (err) {
      if (mine === seq) error.value = err;
    } finally {
      if (mine === seq) loading.value = false;
    }
  }
  async function reset(): Promise<void> {
    cursors = [null];
    page.value = 1;
    await load();
  }
  async function next(): Promise<void> {
    if (!hasNext.value || !endCursor) return;
    cursors[page.value] = endCursor;
    page.value += 1;
    await load();
  }
  async function prev(): Promise<void> {
    if (page.value <= 1) return;
    page.value -= 1;
    await load();
  }
  return { nodes, totalCount, hasNext, page, loading, error, loaded, size, reset, next, prev, reload: load };
}

// a clock for countdowns, ticking while the page is open
export function useNow(everyMs = 30_000): Ref<Date> {
  const now = ref(new Date());
  const timer = setInterval(() => (now.value = new Date()), everyMs);
  onBeforeUnmount(() => clearInterval(timer));
  return now;
}

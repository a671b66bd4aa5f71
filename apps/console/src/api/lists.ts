import type { CommunityListQuery, ListKind } from '../gql/graphql';
import { request } from './client';
import { CommunityListQuery as CommunityListDoc } from './operations/lists';

export type CommunityList = CommunityListQuery['communityList'];

const inForce = new Map<ListKind, Promise<CommunityList>>();

// the version of a list in force today (public data; cached for the page's life)
export function listInForce(kind: ListKind): Promise<CommunityList> {
  let p = inForce.get(kind);
  if (!p) {
    p = request(CommunityListDoc, { kind }).then((r) => r.communityList);
    p.catch(() => inForce.delete(kind));
    inForce.set(kind, p);
  }
  return p;
}

export function listVersion(kind: ListKind, version: number): Promise<CommunityList> {
  return request(CommunityListDoc, { kind, version }).then((r) => r.communityList);
}

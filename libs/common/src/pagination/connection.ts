import { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { encodeCursor } from './cursor';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Page<T> {
  nodes: T[];
  hasNextPage: boolean;
  endCursor: string | null;
  totalCount: number;
}

export interface IConnection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

// Relay-style connection type for a node type; one class per node type keeps the SDL readable.
export function Connection<T>(nodeType: Type<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor: string;

    @Field(() => nodeType)
    node: T;
  }

  @ObjectType(`${name}Connection`, { isAbstract: true })
  abstract class ConnectionType implements IConnection<T> {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => [nodeType])
    nodes: T[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int)
    totalCount: number;
  }
  return ConnectionType;
}

export function toConnection<T>(page: Page<T>, cursorOf: (node: T) => string): IConnection<T> {
  return {
    edges: page.nodes.map((node) => ({ cursor: cursorOf(node), node })),
    nodes: page.nodes,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    totalCount: page.totalCount,
  };
}

// The rows were read with `take` (one extra row) to learn whether a next page exists.
export function sliceToPage<T>(rows: T[], size: number, totalCount: number, keyOf: (row: T) => string): Page<T> {
  const hasNextPage = rows.length > size;
  const nodes = hasNextPage ? rows.slice(0, size) : rows;
  const last = nodes[nodes.length - 1];
  return { nodes, hasNextPage, endCursor: last ? encodeCursor(keyOf(last)) : null, totalCount };
}

// For a caller whose scope holds nothing: no query to run.
export function emptyPage<T>(): Page<T> {
  return { nodes: [], hasNextPage: false, endCursor: null, totalCount: 0 };
}

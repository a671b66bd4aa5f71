import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { AppException } from '../errors/app.exception';
import { CursorKey, decodeCursor } from './cursor';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
const PAGE_SIZE_MESSAGE = `每页数量须在 1 到 ${MAX_PAGE_SIZE} 之间`;

// The arguments of every paginated query: `first` rows after the cursor `after`.
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: PAGE_SIZE_MESSAGE })
  @Min(1, { message: PAGE_SIZE_MESSAGE })
  @Max(MAX_PAGE_SIZE, { message: PAGE_SIZE_MESSAGE })
  first?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString({ message: '分页游标无效' })
  after?: string | null;
}

// What a repository needs to read one page: `take` is one more row than the page holds, to
// learn whether a next page exists.
export interface PageRequest<K> {
  size: number;
  take: number;
  after: K | undefined;
}

// The one preamble of a paginated read. The arguments are checked again here because services
// are also called without GraphQL's validation in front of them.
export function pageRequest<K>(args: PageArgs | undefined, kind: CursorKey<K>): PageRequest<K> {
  const size = pageSize(args?.first);
  return { size, take: size + 1, after: decodeCursor(args?.after, kind) };
}

function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE)
    throw AppException.badInput(PAGE_SIZE_MESSAGE, { field: 'first' });
  return first;
}

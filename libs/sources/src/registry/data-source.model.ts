import { Field, Float, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { DepartmentModel } from '#gw/catalog';
import { IsCatalogCode, JSONScalar, NoIdNumber, OmitOrGive } from '#gw/common';
import { BreakerState, SourceStatus } from '../sources.enums';

const CODE = /^[A-Z][A-Z0-9_]{1,39}$/;
const URL_OPTIONS = { require_tld: false, require_protocol: true, protocols: ['http', 'https'] };

@ObjectType('SourceProbe', { description: '最近一次探测结果' })
export class SourceProbeModel {
  @Field(() => GraphQLISODateTime)
  at: Date;

  @Field()
  ok: boolean;

  @Field(() => String, { nullable: true })
  message: string | null;

  @Field(() => Int, { nullable: true })
  latencyMs: number | null;
}

@ObjectType('SourceStats', { description: '近期调用情况（最近 500 次）' })
export class SourceStatsModel {
  @Field(() => Int)
  calls: number;

  @Field(() => Int)
  failures: number;

  @Field(() => Float, { description: '失败比例 0–1' })
  errorRate: number;

  @Field(() => Int, { nullable: true })
  p50LatencyMs: number | null;

  @Field(() => Int, { nullable: true })
  p95LatencyMs: number | null;

  @Field(() => BreakerState, { description: '本网关实例的熔断器状态' })
  breaker: BreakerState;
}

@ObjectType('DataSource', { description: '部门数据源（共享数据核验接口）' })
export class DataSourceModel {
  @Field(() => ID)
  id: string;

  @Field()
  code: string;

  @Field()
  name: string;

  @Field(() => DepartmentModel)
  providerDepartment: DepartmentModel;

  @Field()
  endpoint: string;

  @Field({ description: '健康探测地址：核验接口同一目录下的 health（GET，不带访问凭据），不可另行指定' })
  healthUrl: string;

  @Field(() => [String], { description: '可核验的事实类型编码' })
  factTypes: string[];

  @Field(() => Int)
  timeoutMs: number;

  @Field(() => Int)
  maxConcurrency: number;

  @Field({ description: '是否登记了数据源应答签名公钥（JWK 或 JWKS 地址）' })
  signsResponses: boolean;

  @Field(() => String, { nullable: true })
  jwksUrl: string | null;

  @Field({ description: '是否设置了访问凭据（凭据本身不可读取）' })
  hasAuthSecret: boolean;

  @Field(() => SourceStatus)
  status: SourceStatus;

  @Field(() => String, { nullable: true })
  statusReason: string | null;

  @Field(() => SourceProbeModel, { nullable: true })
  lastProbe: SourceProbeModel | null;

  @Field(() => [DepartmentModel], { description: '已获授权使用的部门' })
  grantedDepartments: DepartmentModel[];

  @Field(() => SourceStatsModel)
  stats: SourceStatsModel;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}

@InputType()
export class RegisterDataSourceInput {
  @Field({ description: '数据源编码（大写字母、数字、下划线）' })
  @Matches(CODE, { message: 'code 须为大写字母开头的字母、数字或下划线（2–40 位）' })
  code: string;

  @Field()
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  @NoIdNumber('数据源名称')
  name: string;

  @Field({ description: '核验接口地址（POST）' })
  @IsUrl(URL_OPTIONS, { message: 'endpoint 须为 http(s) 地址' })
  @MaxLength(500)
  endpoint: string;

  @Field(() => [String])
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsCatalogCode(undefined, { each: true })
  factTypes: string[];

  @Field(() => Int, { nullable: true, description: '超时（毫秒）' })
  @IsOptional()
  @IsInt()
  @Min(50)
  @Max(60000)
  timeoutMs?: number;

  @Field(() => Int, { nullable: true, description: '最大并发调用数' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  maxConcurrency?: number;

  @Field(() => JSONScalar, {
    nullable: true,
    description: '数据源应答签名公钥（JWK）；与 jwksUrl 须登记其一（仅开发环境可配置为允许不签名的数据源）',
  })
  @IsOptional()
  publicKeyJwk?: Record<string, unknown>;

  @Field({ nullable: true, description: '数据源应答签名公钥集地址（JWKS）' })
  @IsOptional()
  @IsUrl(URL_OPTIONS, { message: 'jwksUrl 须为 http(s) 地址' })
  @MaxLength(500)
  jwksUrl?: string;

  @Field({ nullable: true, description: '调用数据源时使用的访问凭据（只写）' })
  @IsOptional()
  @IsString()
  @MinLength(8)
  @MaxLength(500)
  authSecret?: string;
}

@InputType()
export class UpdateDataSourceInput {
  @Field(() => ID)
  @IsString()
  id: string;

  @Field({ nullable: true })
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  @OmitOrGive()
  @NoIdNumber('数据源名称')
  name?: string;

  @Field({ nullable: true })
  @IsUrl(URL_OPTIONS, { message: 'endpoint 须为 http(s) 地址' })
  @MaxLength(500)
  @OmitOrGive()
  endpoint?: string;

  @Field(() => [String], { nullable: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsCatalogCode(undefined, { each: true })
  @OmitOrGive()
  factTypes?: string[];

  @Field(() => Int, { nullable: true })
  @IsInt()
  @Min(50)
  @Max(60000)
  @OmitOrGive()
  timeoutMs?: number;

  @Field(() => Int, { nullable: true })
  @IsInt()
  @Min(1)
  @Max(1000)
  @OmitOrGive()
  maxConcurrency?: number;

  @Field(() => JSONScalar, { nullable: true })
  @IsOptional()
  publicKeyJwk?: Record<string, unknown>;

  @Field({ nullable: true })
  @IsOptional()
  @IsUrl(URL_OPTIONS, { message: 'jwksUrl 须为 http(s) 地址' })
  @MaxLength(500)
  jwksUrl?: string;

  @Field({ nullable: true, description: '新的访问凭据（只写）；传空字符串表示清除' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  authSecret?: string;
}

@InputType()
export class DataSourceFilter {
  @Field({ nullable: true })
  @IsOptional()
  @IsCatalogCode()
  factType?: string;

  @Field(() => SourceStatus, { nullable: true })
  @IsOptional()
  @IsEnum(SourceStatus)
  status?: SourceStatus;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,64}$/)
  providerDepartmentCode?: string;
}
